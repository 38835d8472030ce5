// Builds every package: data checks and open data, JavaScript (rollup), then type declarations.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const run = (command, args, env = {}, cwd = undefined) =>
  execFileSync(command, args, { stdio: 'inherit', cwd, env: { ...process.env, ...env } });

for (const dir of ['packages/core/dist', 'packages/widget/dist', 'packages/react/dist', 'packages/static/dist', 'examples/react/dist']) rmSync(dir, { recursive: true, force: true });
run('npx', ['tsx', 'packages/core/scripts/build-open-data.ts']);
run('npx', ['tsx', 'packages/widget/scripts/generate-packs.ts']);
run('npx', ['rollup', '-c', 'rollup.config.mjs', '--silent']);
// A copy with another version string, for the double-embed example and test (two versions on one page).
run('npx', ['rollup', '-c', 'rollup.config.mjs', '--silent'], {
  STS_ONLY: 'widgetCdn',
  STS_VERSION: '9.9.9-other',
  STS_CDN_DIR: 'packages/widget/dist/cdn-other-version',
});
// The React wrapper: one module, transpiled only, so react, @lit/react and the widget stay imports.
run('npx', ['esbuild', 'packages/react/src/index.ts', '--format=esm', '--target=es2022', '--outfile=packages/react/dist/index.js', '--sourcemap', '--log-level=warning']);
// The React example app, bundled whole (React included) for `npm start` and its test.
run('npx', ['esbuild', 'examples/react/app.tsx', '--bundle', '--format=esm', '--target=es2022', '--minify', '--outfile=examples/react/dist/app.js', '--log-level=warning',
  '--define:process.env.NODE_ENV="production"', '--conditions=production', '--jsx=automatic']);
// Project references: declarations for core, then the widget, then the React wrapper and the static renderer.
run('npx', ['tsc', '-b', 'packages/react', 'packages/static']);
// The Custom Elements Manifest, from the element's JSDoc (editors, docs and framework wrappers read it).
run('npx', ['cem', 'analyze', '--quiet', '--config', 'custom-elements-manifest.config.mjs'], {}, 'packages/widget');
