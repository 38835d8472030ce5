// Browser tests in the system Chromium. Every test file runs twice: against the TypeScript sources
// and against the built CDN file (dist/cdn/spot-the-signs.js), which is what partners embed.
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './scripts/wtr-count-reporter.mjs';

const CHROMIUM_CANDIDATES = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const executablePath = CHROMIUM_CANDIDATES.find((path) => path && existsSync(path));
if (!executablePath) {
  throw new Error('No Chromium or Chrome found. Install it (apt-get install -y chromium) or set CHROME_PATH.');
}

/**
 * The cdn group maps the module every test imports the widget from onto a module that re-exports the
 * built CDN file, with an import map in the test page: the test files themselves do not change.
 */
const cdnImportMap = JSON.stringify({
  imports: Object.fromEntries(
    ['js', 'ts'].map((ext) => [`/packages/widget/test/support/widget-under-test.${ext}`, '/packages/widget/test/support/cdn-under-test.js']),
  ),
});
const cdnTestRunnerHtml = (testFramework) => `<!DOCTYPE html>
<html><head><script type="importmap">${cdnImportMap}</script></head>
<body><script type="module" src="${testFramework}"></script></body></html>`;

const files = ['packages/widget/test/**/*.test.ts'];

export default {
  rootDir: '.',
  reporters: [defaultReporter(), ...(process.env.STS_WTR_COUNTS ? [countReporter(process.env.STS_WTR_COUNTS)] : [])],
  nodeResolve: { exportConditions: ['development'] },
  // One page at a time: a test page in a background tab gets no animation frames, which fixtures wait for.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // @web/dev-server-esbuild reads this file verbatim and does not follow "extends".
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.base.json', target: 'es2022' })],
  groups: [
    { name: 'source', files },
    { name: 'cdn', files, testRunnerHtml: cdnTestRunnerHtml },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-setuid-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-default-apps',
          '--disable-sync',
          '--no-first-run',
          '--mute-audio',
          // Two test files run side by side in two tabs: a hidden tab must not pause timers or frames.
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
          '--disable-renderer-backgrounding',
        ],
      },
    }),
  ],
};
