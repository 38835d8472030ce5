import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { lazyLocaleChunks, lazySignChunks } from './lazy-chunks.js';

// These tests read the build output: `npm test` builds before it runs them.
const root = fileURLToPath(new URL('..', import.meta.url));
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

describe('custom-elements.json', () => {
  const pkg = readJson('packages/widget/package.json');
  const manifest = readJson(join('packages/widget', pkg.customElements));
  const element = (manifest.modules as { declarations?: Declaration[] }[])
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === 'spot-the-signs');

  it('is referenced from package.json and describes <spot-the-signs>', () => {
    assert.equal(pkg.customElements, 'dist/custom-elements.json');
    assert.ok(element, 'no declaration with tagName spot-the-signs');
  });

  it('lists every attribute, event, part and custom property', () => {
    const names = (list?: { name: string }[]) => (list ?? []).map((item) => item.name);
    assert.deepEqual(names(element?.attributes).sort(), ['audience', 'exit-url', 'heading-level', 'jurisdiction', 'lang', 'min-review', 'quick-exit', 'setting', 'start', 'view']);
    assert.deepEqual(names(element?.events).sort(), ['sts-channel-click', 'sts-exit', 'sts-guide-result', 'sts-language-change']);
    for (const part of ['base', 'heading', 'exit-button', 'language-picker', 'emergency', 'indicator', 'channel', 'channel-link']) {
      assert.ok(names(element?.cssParts).includes(part), part);
    }
    for (const property of ['--sts-color-text', '--sts-color-background', '--sts-font-family', '--sts-font-size', '--sts-radius', '--sts-space']) {
      assert.ok(names(element?.cssProperties).includes(property), property);
    }
  });

  it('documents every ::part the element renders', () => {
    const dir = join(root, 'packages/widget/src');
    const sources = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => readFileSync(join(dir, file), 'utf8'))
      .join('\n');
    const rendered = new Set([...sources.matchAll(/part="([a-z-]+)"/g)].map((match) => match[1]));
    const documented = new Set((element?.cssParts ?? []).map((part) => part.name));
    assert.deepEqual([...rendered].filter((part) => !documented.has(part!)), []);
    assert.deepEqual([...documented].filter((part) => !rendered.has(part)), []);
  });
});

interface PackFile {
  path: string;
}

function packedFiles(pkg: string): string[] {
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: join(root, pkg), encoding: 'utf8' });
  return (JSON.parse(output) as { files: PackFile[] }[])[0]!.files.map((file) => file.path);
}

describe('npm pack', () => {
  it('@spot-the-signs/core holds the modules, types, open data, schemas, locales and licences, and nothing else', () => {
    const files = packedFiles('packages/core');
    for (const needed of ['package.json', 'LICENSE', 'DATA-LICENSE.md', 'dist/index.js', 'dist/types/src/index.d.ts', 'dist/data/indicators.json', 'dist/schema/indicators.schema.json', 'dist/schema/widget-config.schema.json', 'locales/en-GB/content.json', 'locales/cy/content.json']) {
      assert.ok(files.includes(needed), needed);
    }
    assert.deepEqual(files.filter((file) => /^(src|test|scripts|data)\/|tsbuildinfo|\.test\./.test(file)), []);
  });

  it('@spot-the-signs/widget holds the npm build, the CDN build, types and the manifest, and nothing else', () => {
    const files = packedFiles('packages/widget');
    for (const needed of ['package.json', 'LICENSE', 'dist/index.js', 'dist/define.js', 'dist/types/src/index.d.ts', 'dist/cdn/spot-the-signs.js', 'dist/cdn/locale-cy.js', 'dist/custom-elements.json']) {
      assert.ok(files.includes(needed), needed);
    }
    assert.deepEqual(files.filter((file) => /^(src|test|locales|bin)\/|cdn-other-version|static-samples|tsbuildinfo|\.test\./.test(file)), []);
  });

  it('@spot-the-signs/widget needs only lit and core at run time (the static renderer and Lit SSR are elsewhere)', () => {
    const tree = JSON.parse(execFileSync('npm', ['ls', '--omit=dev', '--workspace', '@spot-the-signs/widget', '--json'], { cwd: root, encoding: 'utf8' }));
    assert.deepEqual(Object.keys(tree.dependencies['@spot-the-signs/widget'].dependencies).sort(), ['@spot-the-signs/core', 'lit']);
  });

  it('@spot-the-signs/static holds its build, its CLI, types and licence, and nothing else', () => {
    const files = packedFiles('packages/static');
    for (const needed of ['package.json', 'LICENSE', 'README.md', 'bin/spot-the-signs-static.js', 'dist/index.js', 'dist/cli.js', 'dist/types/src/index.d.ts']) {
      assert.ok(files.includes(needed), needed);
    }
    assert.deepEqual(files.filter((file) => /^(src|test)\/|tsbuildinfo|\.test\.|htmlvalidate/.test(file)), []);
  });

  for (const pkg of ['packages/core', 'packages/widget', 'packages/static']) {
    it(`every exports entry of ${pkg} resolves to a packed file`, () => {
      const manifest = readJson(join(pkg, 'package.json'));
      const files = new Set(packedFiles(pkg));
      for (const [entry, target] of Object.entries(manifest.exports as Record<string, string | Record<string, string>>)) {
        for (const path of typeof target === 'string' ? [target] : Object.values(target)) {
          const relative = path.replace(/^\.\//, '');
          if (relative.includes('*')) {
            const pattern = new RegExp(`^${relative.replace(/[.]/g, '\\.').replace('*', '.+')}$`);
            assert.ok([...files].some((file) => pattern.test(file)), `${entry} → ${path}`);
          } else {
            assert.ok(files.has(relative), `${entry} → ${path}`);
          }
        }
      }
      for (const field of ['main', 'module', 'types', 'customElements']) {
        if (manifest[field]) assert.ok(files.has(manifest[field].replace(/^\.\//, '')), `${field} → ${manifest[field]}`);
      }
    });
  }

  it('the packages resolve by name from outside, as a consumer imports them', () => {
    const resolve = (specifier: string) => fileURLToPath(import.meta.resolve(specifier));
    for (const specifier of ['@spot-the-signs/core', '@spot-the-signs/core/data/indicators.json', '@spot-the-signs/core/schema/indicators.schema.json', '@spot-the-signs/core/locales/lt/content.json', '@spot-the-signs/widget', '@spot-the-signs/widget/define.js', '@spot-the-signs/widget/custom-elements.json']) {
      assert.ok(existsSync(resolve(specifier)), specifier);
    }
  });
});

describe('the CDN build', () => {
  const bundle = readFileSync(join(root, 'packages/widget/dist/cdn/spot-the-signs.js'), 'utf8');

  it('imports each lazy pack by URL, so that a failed load can be retried with a fresh URL', () => {
    // Browsers keep a failed module fetch; the loader adds ?retry=N on a second attempt (see rollup.config.mjs).
    assert.doesNotMatch(bundle, /import\(\s*["']\.\/(?:locale|signs)-/);
    const helper = /const ([\w$]+)=\(?([\w$]+)\)?=>new URL\(\2,import\.meta\.url\)\.href\+\(globalThis\[Symbol\.for\(["']spot-the-signs\.locale-retry["']\)\]\|\|["']{2}\)/.exec(bundle);
    assert.ok(helper, 'no URL helper with the retry marker in the entry');
    const imported = [...bundle.matchAll(new RegExp(`import\\(${helper![1]!.replace('$', '\\$')}\\(["']\\./((?:locale|signs)-[a-zA-Z-]+\\.js)["']\\)\\)`, 'g'))].map((match) => match[1]);
    // Every text pack of every locale and every sign set, less those in the entry.
    assert.deepEqual(imported.sort(), [...lazyLocaleChunks(), ...lazySignChunks()].sort());
  });

  it('carries no development-only code of Lit and no eval', () => {
    assert.doesNotMatch(bundle, /Lit is in dev mode/);
    assert.doesNotMatch(bundle, /\beval\(|new Function\(/);
  });
});
