/**
 * What the docs and examples show a partner must work when copied:
 * - every JSON configuration or channel (```json fences, `<script type="application/json">` blocks) in README.md,
 *   docs/ and examples/ validates against the published JSON Schema,
 *   `@spot-the-signs/core/schema/widget-config.schema.json`;
 * - every `<spot-the-signs …>` tag uses known attributes with allowed values;
 * - every ```ts / ```tsx snippet in README.md and docs/, the React example and the React prop type tests type-check against
 *   the packages' published types.
 * Needs `npm run build` (the schema and the type declarations are build output).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { CONFIG_FIELDS, parseWidgetConfig } from '../packages/core/src/index.js';
import type { ConfigFieldSpec } from '../packages/core/src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');

function filesUnder(dir: string, ending: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(ending) && !name.split('/').includes('dist') && !name.split('/').includes('node_modules'))
    .map((name) => join(dir, name))
    .sort();
}

const docs = ['README.md', ...filesUnder('docs', '.md')];
const examplePages = filesUnder('examples', '.html');

interface Block {
  where: string;
  text: string;
}

/** The fenced blocks of a Markdown file in the given languages, each with its file and line. */
function fences(path: string, languages: string[]): (Block & { language: string })[] {
  const blocks: (Block & { language: string })[] = [];
  const pattern = /^```(\w+)\n([\s\S]*?)^```$/gm;
  const text = read(path);
  for (const match of text.matchAll(pattern)) {
    if (!languages.includes(match[1]!)) continue;
    const line = text.slice(0, match.index).split('\n').length;
    blocks.push({ where: `${path}:${line}`, text: match[2]!, language: match[1]! });
  }
  return blocks;
}

/** `<script type="application/json">` blocks: a widget's configuration data block, wherever it is shown. */
function dataBlocks(path: string): Block[] {
  const text = read(path);
  return [...text.matchAll(/<script type="application\/json">([\s\S]*?)<\/script>/g)].map((match) => ({
    where: `${path}:${text.slice(0, match.index).split('\n').length}`,
    text: match[1]!,
  }));
}

/**
 * ```json fences that are neither a configuration nor a channel, by file and first line: anything else that is
 * not one is reported, so a broken configuration cannot pass as "not a configuration".
 */
const NOT_CONFIGURATION = new Map([['docs/data.md', '"sharing": {']]);

const configFields = new Set(Object.keys(CONFIG_FIELDS));
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

type Kind = 'configuration' | 'channel';
function classify(block: Block, path: string): { kind: Kind; value: unknown } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(block.text);
  } catch {
    if (NOT_CONFIGURATION.get(path) === block.text.split('\n')[0]?.trim()) return undefined;
    throw new Error(`${block.where}: a JSON block that is not JSON`);
  }
  if (isObject(value) && 'id' in value && 'name' in value) return { kind: 'channel', value };
  if (isObject(value) && Object.keys(value).some((key) => configFields.has(key))) return { kind: 'configuration', value };
  if (NOT_CONFIGURATION.get(path) === block.text.split('\n')[0]?.trim()) return undefined;
  throw new Error(`${block.where}: a JSON block that is neither a widget configuration nor a channel`);
}

// Through the package's own export, as a partner's tools would find it.
const schemaPath = createRequire(import.meta.url).resolve('@spot-the-signs/core/schema/widget-config.schema.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
// `email` is the schema's only format, and its pattern already says exactly what zod accepts. A channel's
// "one way to get in touch" names properties in `anyOf` branches, which strictRequired would refuse.
const validate = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, formats: { email: true } }).compile(schema);
/** Errors of a configuration, or of a channel (as the one item of a configuration's `channels`). */
function schemaErrors(kind: Kind, value: unknown): string[] {
  const ok = validate(kind === 'channel' ? { channels: [value] } : value);
  return ok ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
}

describe('JSON in the docs and examples validates against the published widget-config.schema.json', () => {
  it('the schema refuses what the widget refuses (so this test can fail)', () => {
    assert.notDeepEqual(schemaErrors('configuration', { setting: 'nonsense' }), []);
    assert.notDeepEqual(schemaErrors('configuration', { jurisdicton: 'GB-CAM' }), [], 'a misspelt field');
    assert.notDeepEqual(schemaErrors('channel', { id: 'our-team', name: 'Our team' }), [], 'a channel without a way to get in touch');
    assert.notDeepEqual(schemaErrors('channel', { id: 'Our Team', name: 'Our team', url: 'https://example.org/' }), [], 'an id not in kebab-case');
    assert.deepEqual(schemaErrors('configuration', {}), [], 'every field has a default');
  });

  const blocks = [
    ...docs.flatMap((path) => [...fences(path, ['json']), ...dataBlocks(path)].map((block) => ({ path, block }))),
    ...examplePages.flatMap((path) => dataBlocks(path).map((block) => ({ path, block }))),
  ];

  it('finds the blocks (the getting-started and widget docs, the council example)', () => {
    for (const path of ['docs/getting-started.md', 'docs/widget.md', 'examples/council-hmo/index.html']) {
      assert.ok(blocks.some((found) => found.path === path), path);
    }
  });

  for (const { path, block } of blocks) {
    it(block.where, () => {
      const found = classify(block, path);
      if (!found) return;
      assert.deepEqual(schemaErrors(found.kind, found.value), [], `${block.where}: ${found.kind}`);
      // And the widget takes it without a warning (the schema and the parse agree on it).
      const config = found.kind === 'channel' ? { channels: [found.value] } : found.value;
      assert.deepEqual(parseWidgetConfig(config).errors.map((error) => error.message), []);
    });
  }
});

describe('<spot-the-signs> tags in the docs and examples use known attributes with allowed values', () => {
  const byAttribute = new Map<string, string>(Object.entries(CONFIG_FIELDS).filter(([, spec]) => spec.inHtml).map(([field, spec]) => [spec.attribute, field]));
  const OTHER_ATTRIBUTES = new Set(['id', 'class', 'style', 'hidden']);
  const tags = [...docs, ...examplePages].flatMap((path) => {
    const text = read(path);
    return [...text.matchAll(/<spot-the-signs(\s[^>]*)?>/g)].map((match) => ({ where: `${path}:${text.slice(0, match.index).split('\n').length}`, attributes: match[1] ?? '' }));
  });

  it('finds the tags', () => assert.ok(tags.length >= 10, `${tags.length} tags`));

  for (const { where, attributes } of tags) {
    it(where, () => {
      const config: Record<string, string> = {};
      for (const [, name, value] of attributes.matchAll(/([\w-]+)(?:="([^"]*)")?/g)) {
        const field = byAttribute.get(name!);
        if (field) config[field] = value ?? '';
        else assert.ok(OTHER_ATTRIBUTES.has(name!), `${where}: unknown attribute ${name}`);
      }
      assert.deepEqual(parseWidgetConfig(config).errors.map((error) => error.message), []);
    });
  }
});

describe('the attribute table of docs/widget.md agrees with the configuration table', () => {
  const section = read('docs/widget.md').split('## Attributes (all optional)')[1]?.split('\n## ')[0] ?? '';
  const rows = [...section.matchAll(/^\| `([\w-]+)` \| (.*) \| (.*) \|$/gm)].map(([, attribute, values, fallback]) => ({ attribute: attribute!, values: values!, fallback: fallback! }));
  const codes = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);

  it('one row for each HTML attribute, in the same order', () => {
    assert.deepEqual(
      rows.map((row) => row.attribute),
      Object.values(CONFIG_FIELDS).filter((spec) => spec.inHtml).map((spec) => spec.attribute),
    );
  });

  for (const [field, spec] of Object.entries(CONFIG_FIELDS) as [string, ConfigFieldSpec][]) {
    if (!spec.inHtml) continue;
    it(`${spec.attribute}: the same values and default`, () => {
      const row = rows.find((candidate) => candidate.attribute === spec.attribute);
      assert.ok(row, `no row for ${spec.attribute}`);
      if (typeof spec.choices?.[0] === 'string') assert.deepEqual(codes(row.values), spec.choices, `${field}: values`);
      if (spec.default !== undefined) assert.equal(codes(row.fallback)[0], String(spec.default), `${field}: default`);
    });
  }
});

describe('TypeScript in the docs and examples type-checks against the published types', () => {
  it('every ```ts and ```tsx snippet of docs/, examples/react/app.tsx and packages/react/test/prop-types.tsx', () => {
    const snippets = docs.filter((path) => !path.startsWith('docs/reference/')).flatMap((path) => fences(path, ['ts', 'tsx']));
    assert.ok(snippets.some((snippet) => snippet.language === 'tsx'), 'the React snippet of getting-started.md');
    // Inside the repository, so that `@spot-the-signs/*` and `react` resolve as they would in a partner's project.
    mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
    const dir = mkdtempSync(join(root, 'node_modules/.cache/docs-snippets-'));
    try {
      const names = snippets.map((snippet, index) => {
        const name = `snippet-${index}.${snippet.language}`;
        // Each snippet is its own module, and says where it came from in any error.
        writeFileSync(join(dir, name), `// ${snippet.where}\n${snippet.text}\nexport {};\n`);
        return name;
      });
      const files = [...names, relative(dir, join(root, 'examples/react/app.tsx')), relative(dir, join(root, 'packages/react/test/prop-types.tsx'))];
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({ extends: relative(dir, join(root, 'tsconfig.base.json')), compilerOptions: { noEmit: true, jsx: 'react-jsx', types: [], declaration: false, declarationMap: false, sourceMap: false }, files }),
      );
      let output = '';
      try {
        execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8', cwd: root });
      } catch (error) {
        output = (error as { stdout?: string }).stdout ?? String(error);
        // Name the snippet's source, not the temporary file.
        for (const [index, snippet] of snippets.entries()) output = output.replaceAll(`snippet-${index}.${snippet.language}`, snippet.where);
      }
      assert.equal(output, '', 'tsc found errors');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('docs/theming.md names exactly the custom properties of the element', () => {
  it('every @cssprop of the manifest, and no other --sts- name', () => {
    const manifest = JSON.parse(read('packages/widget/dist/custom-elements.json')) as { modules: { declarations?: { tagName?: string; cssProperties?: { name: string }[] }[] }[] };
    const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === 'spot-the-signs');
    const declared = (element?.cssProperties ?? []).map((property) => property.name).sort();
    const styles = read('packages/widget/src/spot-the-signs.styles.ts');
    const used = [...new Set([...styles.matchAll(/var\((--sts-[\w-]+)/g)].map((match) => match[1]!))].sort();
    assert.deepEqual(used, declared, 'the styles use exactly the documented properties');
    const named = [...new Set([...read('docs/theming.md').matchAll(/`(--sts-[\w-]+)`/g)].map((match) => match[1]!))].sort();
    assert.deepEqual(named, declared);
  });
});
