// Browser tests in the system Chromium. Every test file runs twice: against the TypeScript sources
// and against the built CDN file (dist/cdn/spot-the-signs.js), which is what partners embed.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './scripts/wtr-count-reporter.mjs';

const CHROMIUM_CANDIDATES = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const executablePath = CHROMIUM_CANDIDATES.find((path) => path && existsSync(path));
if (!executablePath) {
  throw new Error('No Chromium or Chrome found. Install it (apt-get install -y chromium) or set CHROME_PATH.');
}

// Firefox (Debian's firefox-esr) is driven through puppeteer-core over WebDriver BiDi; its group runs
// when a Firefox binary is present (CI installs it), and is skipped, with a note, when it is not.
const FIREFOX_CANDIDATES = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
const firefoxPath = FIREFOX_CANDIDATES.find((path) => path && existsSync(path));
if (!firefoxPath) console.warn('Firefox not found (apt-get install -y firefox-esr, or set FIREFOX_PATH): the firefox group is skipped.');

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

// STS_TEST_FILES=a.test.ts,b.test.ts narrows a run while developing.
const files = process.env.STS_TEST_FILES?.split(',') ?? ['packages/widget/test/**/*.test.ts'];

const CHROMIUM_ARGS = [
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
    // A test page must not be throttled as a background tab (timers, animation frames).
    '--disable-background-timer-throttling',
    '--disable-backgrounding-occluded-windows',
    '--disable-renderer-backgrounding',
];
const chromium = chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS } });

const firefox =
  firefoxPath && chromeLauncher({ launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true } });

/**
 * The reader's own text size: groups whose browser's default font size is 32 px (a reader who has set large
 * text in the browser's settings). Chromium reads it from its profile's Preferences, Firefox from a pref.
 * They run only the files that test text size.
 */
const BIG_TEXT_PX = 32;
const bigTextFiles = files.filter((file) => file.includes('*') || /text-size/.test(file)).map((file) => (file.includes('*') ? 'packages/widget/test/text-size.test.ts' : file));
const bigTextProfile = mkdtempSync(join(tmpdir(), 'sts-big-text-'));
mkdirSync(join(bigTextProfile, 'Default'));
writeFileSync(join(bigTextProfile, 'Default', 'Preferences'), JSON.stringify({ webkit: { webprefs: { default_font_size: BIG_TEXT_PX } } }));
const bigTextHtml = (testFramework) => `<!DOCTYPE html>
<html><head><script>window.__STS_DEFAULT_FONT_SIZE__ = ${BIG_TEXT_PX};</script></head>
<body><script type="module" src="${testFramework}"></script></body></html>`;
const bigTextGroups = bigTextFiles.length
  ? [
      {
        name: 'big-text',
        files: [...new Set(bigTextFiles)],
        testRunnerHtml: bigTextHtml,
        browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, userDataDir: bigTextProfile, args: CHROMIUM_ARGS } })],
      },
      ...(firefoxPath
        ? [
            {
              name: 'firefox-big-text',
              files: [...new Set(bigTextFiles)],
              testRunnerHtml: bigTextHtml,
              browsers: [
                chromeLauncher({
                  launchOptions: {
                    browser: 'firefox',
                    executablePath: firefoxPath,
                    headless: true,
                    extraPrefsFirefox: { 'font.size.variable.x-western': BIG_TEXT_PX, 'font.size.monospace.x-western': BIG_TEXT_PX },
                  },
                }),
              ],
            },
          ]
        : []),
    ]
  : [];

export default {
  rootDir: '.',
  reporters: [defaultReporter(), ...(process.env.STS_WTR_COUNTS ? [countReporter(process.env.STS_WTR_COUNTS)] : [])],
  nodeResolve: { exportConditions: ['development'] },
  // One page at a time: a test page in a background tab gets no animation frames, which fixtures wait for.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // The fuzzing file runs 10,000 configurations through the element.
  testsFinishTimeout: 300000,
  // @web/dev-server-esbuild reads this file verbatim and does not follow "extends".
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.base.json', target: 'es2022' })],
  groups: [
    { name: 'source', files },
    { name: 'cdn', files, testRunnerHtml: cdnTestRunnerHtml },
    ...(firefox ? [{ name: 'firefox', files, browsers: [firefox] }] : []),
    ...bigTextGroups,
  ],
  browsers: [chromium],
};
