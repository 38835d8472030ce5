// The one build configuration for every package. `scripts/build.mjs` runs it, then emits types
// (tsc --emitDeclarationOnly) and the core package's open data.
import { readFileSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import json from '@rollup/plugin-json';
import replace from '@rollup/plugin-replace';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { transform as esbuildTransform } from 'esbuild';

const widgetPackage = JSON.parse(readFileSync('packages/widget/package.json', 'utf8'));
// Tests build a copy with another version string to check two versions on one page.
const widgetVersion = process.env.STS_VERSION ?? widgetPackage.version;

const onwarn = (warning, warn) => {
  // zod's own prose mentions @__PURE__, and its core has a harmless import cycle.
  if (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY') return;
  warn(warning);
};

/**
 * Minifies the CSS of the element's styles module (a `css` tagged template without expressions): terser leaves
 * template text alone, and the styles are paid for on every partner page. Saves about 0.4 KB brotli.
 */
const minifyStyles = () => ({
  name: 'minify-styles',
  async transform(code, id) {
    if (!id.endsWith('.styles.ts')) return null;
    const template = /css`((?:[^`\\$]|\\[\s\S])*)`/.exec(code);
    if (!template) this.error(`${id}: expected one css\`…\` template without expressions`);
    const cooked = template[1].replace(/\\([`\\$])/g, '$1');
    const { code: minified } = await esbuildTransform(cooked, { loader: 'css', minify: true });
    const raw = minified.trim().replace(/[`\\]/g, '\\$&').replace(/\$\{/g, '\\${');
    return { code: code.replace(template[0], () => `css\`${raw}\``), map: null };
  },
});

const transpile = (tsconfig) => esbuild({ tsconfig, target: 'es2022', sourceMap: true });
const versioned = () =>
  replace({ preventAssignment: true, values: { __STS_VERSION__: JSON.stringify(widgetVersion) } });
const minify = () =>
  terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } });

/** Bare imports stay imports in the npm build, so consumers dedupe lit, i18next, zod and core. */
const npmExternal = (id) =>
  /^(lit|lit-html|@lit\/reactive-element|i18next|zod)(\/|$)/.test(id) || id === '@spot-the-signs/core';

const core = {
  input: 'packages/core/src/index.ts',
  external: (id) => /^zod(\/|$)/.test(id),
  plugins: [json({ preferConst: true, compact: true }), transpile('packages/core/tsconfig.json')],
  output: {
    dir: 'packages/core/dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'packages/core',
    entryFileNames: (chunk) => `${chunk.name.replace(/^src\//, '')}.js`,
    sourcemap: true,
  },
  onwarn,
};

const widgetNpm = {
  input: {
    index: 'packages/widget/src/index.ts',
    define: 'packages/widget/src/define.ts',
    // Not public API: the page template and text lookup, for @spot-the-signs/static.
    'internal/render': 'packages/widget/src/internal/render.ts',
  },
  external: npmExternal,
  plugins: [json({ preferConst: true, compact: true }), versioned(), nodeResolve({ browser: true }), minifyStyles(), transpile('packages/widget/tsconfig.json')],
  output: {
    dir: 'packages/widget/dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'packages/widget/src',
    sourcemap: true,
  },
  onwarn,
};

/** The static renderer and its CLI, for Node: everything it uses is a dependency (or node:), never bundled. */
const staticNpm = {
  input: { index: 'packages/static/src/index.ts', cli: 'packages/static/src/cli.ts' },
  external: (id) => /^(node:|lit(\/|$)|@lit-labs\/ssr(\/|$)|@spot-the-signs\/)/.test(id),
  plugins: [transpile('packages/static/tsconfig.json')],
  output: {
    dir: 'packages/static/dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'packages/static/src',
    sourcemap: true,
  },
  onwarn,
};

/**
 * Browsers remember a failed module fetch: importing the same URL again fails at once. So that a pack that
 * failed to load (a dropped connection) can be retried, the CDN build imports its lazy modules (text and
 * signs) by URL, and the loader adds a retry marker to the URL on a second attempt (see importOnce in
 * src/lazy-module.ts). One helper builds the URL, rather than 110 copies of the expression.
 */
const LAZY_URL = '__stsLazyUrl';
const retryableLazyImports = () => ({
  name: 'retryable-lazy-imports',
  renderDynamicImport({ targetChunk }) {
    if (!targetChunk || !isLazyPack(targetChunk.fileName)) return null;
    return { left: `import(${LAZY_URL}(`, right: '))' };
  },
  intro: (chunk) =>
    chunk.dynamicImports.some((file) => isLazyPack(file))
      ? `const ${LAZY_URL} = (file) => new URL(file, import.meta.url).href + (globalThis[Symbol.for("spot-the-signs.locale-retry")] || "");`
      : '',
});

/**
 * Lazy chunks, named for what they hold: `locale-lt.js` (a locale's base text), `locale-lt-home.js` (its text of
 * a pack of signs), `signs-home.js` (the pack's indicators and sources, the same in every language) and
 * `guide.js` (the guide's screens and core's decision behind them).
 */
const lazyChunkName = (chunk) => {
  const id = chunk.facadeModuleId ?? '';
  const text = /generated\/locales\/([^/]+)\/([a-z]+)\.ts$/.exec(id);
  if (text) return text[2] === 'base' ? `locale-${text[1]}.js` : `locale-${text[1]}-${text[2]}.js`;
  const signs = /generated\/data\/([a-z]+)\.ts$/.exec(id);
  if (signs) return `signs-${signs[1]}.js`;
  // The "What should I do?" guide: loaded when a reader opens it, or first with start="guide".
  if (/src\/sections\/guide\.ts$/.test(id)) return 'guide.js';
  return 'chunk-[name].js';
};
const isLazyPack = (fileName) => fileName.startsWith('locale-') || fileName.startsWith('signs-') || fileName === 'guide.js';

/** One self-contained module that registers the element; other locales are sibling modules loaded with import(). */
const widgetCdn = {
  input: { 'spot-the-signs': 'packages/widget/src/cdn.ts' },
  // The lazy guide imports lit and the card templates from the entry itself; without this, rollup keeps the
  // entry's exports exact by moving everything into a shared chunk behind a two-line entry (one more request).
  preserveEntrySignatures: 'allow-extension',
  plugins: [
    json({ preferConst: true, compact: true }),
    versioned(),
    // lit's production build: no dev-mode warnings on partner pages.
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    minifyStyles(),
    transpile('packages/widget/tsconfig.json'),
    retryableLazyImports(),
  ],
  output: {
    dir: process.env.STS_CDN_DIR ?? 'packages/widget/dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: lazyChunkName,
    plugins: [minify()],
  },
  onwarn,
};

const only = process.env.STS_ONLY;
const configs = { core, widgetNpm, staticNpm, widgetCdn };
export default only ? only.split(',').map((name) => configs[name]) : Object.values(configs);
