// Browser tests in the system Chromium. Every test file runs twice: against the TypeScript sources
// and against the built CDN file (dist/cdn/spot-the-signs.js), which is what partners embed.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
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
 * Core from its TypeScript sources, so a browser test sees a core edit without a rebuild. The cdn group maps
 * it back to core's build (below): that group tests what is published.
 */
const CORE_SOURCE = '/packages/core/src/index.ts';
const CORE_BUILD = '/packages/core/dist/index.js';
const coreFromSource = {
  name: 'core-from-source',
  resolveImport({ source }) {
    if (source === '@spot-the-signs/core') return CORE_SOURCE;
  },
  // Core imports its data as JSON modules. The esbuild plugin serves a .json file as a JavaScript module,
  // which a browser refuses for an import that asks for JSON, so the attribute goes.
  transform(context) {
    if (context.path.startsWith('/packages/core/src/') && context.path.endsWith('.ts')) {
      return { body: context.body.replace(/\s+with\s*\{\s*type:\s*["']json["']\s*\}/g, '') };
    }
  },
};

/**
 * The cdn group maps the module every test imports the widget from onto a module that re-exports the
 * built CDN file, with an import map in the test page: the test files themselves do not change.
 */
const cdnImportMap = JSON.stringify({
  imports: {
    ...Object.fromEntries(
      ['js', 'ts'].map((ext) => [`/packages/widget/test/support/widget-under-test.${ext}`, '/packages/widget/test/support/cdn-under-test.js']),
    ),
    // What the tests themselves read of core comes from its build here, as a partner's bundler would see it.
    [CORE_SOURCE]: CORE_BUILD,
  },
});
const cdnTestRunnerHtml = (testFramework) => `<!DOCTYPE html>
<html><head><script type="importmap">${cdnImportMap}</script></head>
<body><script type="module" src="${testFramework}"></script></body></html>`;

/**
 * The quick exit's destination in tests: an https server that records what each request carried (the
 * Referer, and Sec-Fetch-Dest: "document" for a top-level page, "iframe" for a frame). The exit address must
 * be https on a real-looking domain, so both browsers resolve exit.sts-test.example to this machine and
 * accept its self-signed certificate. Tests read the log at /__sts-exit-log on the test server.
 */
const EXIT_HOST = 'exit.sts-test.example';
// The self-signed certificate that @web/dev-server-core ships for its own https mode (next to its dist/).
const devServerCore = join(dirname(createRequire(import.meta.url).resolve('@web/dev-server-core')), '..');
const exitLog = [];
const exitServer = createServer(
  {
    key: readFileSync(join(devServerCore, '.self-signed-dev-server-ssl.key')),
    cert: readFileSync(join(devServerCore, '.self-signed-dev-server-ssl.cert')),
  },
  (request, response) => {
    exitLog.push({ url: request.url, referer: request.headers.referer ?? null, dest: request.headers['sec-fetch-dest'] ?? null });
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    // The exit page tells the test how long the tab's history is now (the popup's opener is the test page).
    response.end(`<!DOCTYPE html><title>Exit page</title><p>The exit page.</p><script>
      const opener = window.opener || (window.top !== window ? window.top.opener : null);
      if (opener) opener.postMessage({ sts: true, exitHistoryLength: history.length }, '*');
    </script>`);
  },
);
await new Promise((resolve) => exitServer.listen(0, '127.0.0.1', resolve));
exitServer.unref();
const EXIT_ORIGIN = `https://${EXIT_HOST}:${exitServer.address().port}`;

/**
 * /__sts-exit-log: the exit origin and what the exit server has seen; ?id= narrows it to one test's requests.
 */
function exitLogMiddleware(context, next) {
  // A frame sandboxed without allow-same-origin has an opaque origin: its module scripts are CORS requests.
  if (context.get('origin') === 'null') context.set('Access-Control-Allow-Origin', '*');
  if (context.path !== '/__sts-exit-log') return next();
  const id = context.query.id;
  context.type = 'application/json';
  context.body = JSON.stringify({ origin: EXIT_ORIGIN, requests: exitLog.filter((entry) => !id || entry.url.includes(`id=${id}`)) });
}

/**
 * /__sts-static?input={json}&controls=omit|disabled: the static render of a configuration, by the built
 * @spot-the-signs/static (npm run build first), in this process: one render per request, no CLI spawn and
 * no samples written anywhere.
 */
let staticRenderer;
async function staticRenderMiddleware(context, next) {
  if (context.path !== '/__sts-static') return next();
  staticRenderer ??= import('./packages/static/dist/index.js');
  const { renderStatic } = await staticRenderer;
  const rendered = await renderStatic(JSON.parse(context.query.input ?? '{}'), { controls: context.query.controls ?? 'omit' });
  context.type = 'text/html';
  context.body = rendered.html;
}

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
  // The exit server of the quick exit tests (above).
  `--host-resolver-rules=MAP ${EXIT_HOST} 127.0.0.1`,
  '--ignore-certificate-errors',
];
const chromium = chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS } });

/** The exit server of the quick exit tests resolves to this machine. */
const FIREFOX_PREFS = { 'network.dns.localDomains': EXIT_HOST };
const firefoxWith = (prefs = {}) =>
  chromeLauncher({
    launchOptions: {
      browser: 'firefox',
      executablePath: firefoxPath,
      headless: true,
      acceptInsecureCerts: true,
      extraPrefsFirefox: { ...FIREFOX_PREFS, ...prefs },
    },
  });
const firefox = firefoxPath && firefoxWith();

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
              browsers: [firefoxWith({ 'font.size.variable.x-western': BIG_TEXT_PX, 'font.size.monospace.x-western': BIG_TEXT_PX })],
            },
          ]
        : []),
    ]
  : [];

export default {
  rootDir: '.',
  middleware: [exitLogMiddleware, staticRenderMiddleware],
  reporters: [defaultReporter(), ...(process.env.STS_WTR_COUNTS ? [countReporter(process.env.STS_WTR_COUNTS)] : [])],
  nodeResolve: { exportConditions: ['development'] },
  // One page at a time: a test page in a background tab gets no animation frames, which fixtures wait for.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // The fuzzing file runs 10,000 configurations through the element.
  testsFinishTimeout: 300000,
  // @web/dev-server-esbuild reads this file verbatim and does not follow "extends".
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.base.json', target: 'es2022' }), coreFromSource, a11ySnapshotPlugin()],
  groups: [
    { name: 'source', files },
    { name: 'cdn', files, testRunnerHtml: cdnTestRunnerHtml },
    ...(firefox ? [{ name: 'firefox', files, browsers: [firefox] }] : []),
    ...bigTextGroups,
  ],
  browsers: [chromium],
};
