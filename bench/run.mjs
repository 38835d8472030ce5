// npm run bench: the widget's weight and speed, side by side in one run with its floor (the same content as
// static HTML, plus the lit runtime for bytes) and a peer a council might use instead (GOV.UK Frontend's
// accordion). Headless Chromium (the system browser), 20+ runs each; medians with min and max; ratios.
// Writes bench/results.json and bench/results.md, and the table between the bench markers in README.md.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import puppeteer from 'puppeteer-core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TMP = join(ROOT, 'bench/tmp');
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const GOALS = { entryBrotliKB: 30, bytesRatio: 3, renderRatio: 1.5, switchMs: 30, longTasks: 0 };

if (!process.argv.includes('--no-build')) execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
mkdirSync(TMP, { recursive: true });

// ---- bytes ----
const sizes = (buffer) => ({
  min: buffer.length,
  gzip: gzipSync(buffer, { level: 9 }).length,
  brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const add = (...all) => all.reduce((sum, s) => ({ min: sum.min + s.min, gzip: sum.gzip + s.gzip, brotli: sum.brotli + s.brotli }), { min: 0, gzip: 0, brotli: 0 });

async function litRuntime() {
  const entry = join(TMP, 'lit-only.js');
  writeFileSync(entry, "export * from 'lit';\n");
  const bundle = await rollup({ input: entry, plugins: [nodeResolve({ browser: true, exportConditions: ['production'], rootDir: ROOT })] });
  const { output } = await bundle.generate({ format: 'es', plugins: [terser({ module: true, format: { comments: false } })] });
  return Buffer.from(output[0].code);
}

const cdnDir = join(ROOT, 'packages/widget/dist/cdn');
const entry = readFileSync(join(cdnDir, 'spot-the-signs.js'));
/** Every lazily loaded pack: a locale's text (`locale-lt.js`, `locale-lt-home.js`) or a sign set (`signs-home.js`). */
const packs = Object.fromEntries(
  readdirSync(cdnDir)
    .filter((file) => file.startsWith('locale-') || file.startsWith('signs-'))
    .map((file) => [file.slice(0, -'.js'.length), sizes(readFileSync(join(cdnDir, file)))]),
);
const pack = (name) => packs[name] ?? (() => { throw new Error(`no ${name}.js in ${cdnDir}`); })();
/** What a reader downloads for a first view: the entry plus the packs its language and setting need. */
const VIEWS = {
  'English, general (the default)': [],
  'English, home (an HMO page)': ['locale-en-GB-home', 'signs-home'],
  'Lithuanian, general': ['locale-lt', 'locale-lt-anywhere'],
  'Lithuanian, home': ['locale-lt', 'locale-lt-anywhere', 'locale-lt-home', 'signs-home'],
  'Punjabi, home (the largest script)': ['locale-pa', 'locale-pa-anywhere', 'locale-pa-home', 'signs-home'],
};
const { renderStatic } = await import('../packages/static/dist/index.js');
const staticHtml = (await renderStatic({ lang: 'en-GB' })).html;
const floorBytes = add(sizes(Buffer.from(staticHtml)), sizes(await litRuntime()));

// ---- pages: the same content three ways ----
const content = JSON.parse(readFileSync(join(ROOT, 'packages/core/locales/en-GB/content.json'), 'utf8'));
const indicators = JSON.parse(readFileSync(join(ROOT, 'packages/core/data/indicators.json'), 'utf8')).filter((i) => i.settings.includes('any'));
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const MEASURE = `<script>
  window.__longTasks = 0;
  new PerformanceObserver((list) => { window.__longTasks += list.getEntries().length; }).observe({ type: 'longtask', buffered: true });
</script>`;
const page = (head, body, done) => `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">${MEASURE}${head}</head><body>${body}
<script type="module">${done}</script></body></html>`;
const FRAME = 'requestAnimationFrame(() => setTimeout(() => { window.__rendered = performance.now(); }));';

writeFileSync(join(TMP, 'widget.html'), page(
  '<script type="module" src="/packages/widget/dist/cdn/spot-the-signs.js"></script>',
  '<spot-the-signs lang="en-GB"></spot-the-signs>',
  `await customElements.whenDefined('spot-the-signs'); await document.querySelector('spot-the-signs').updateComplete; ${FRAME}`,
));
writeFileSync(join(TMP, 'static.html'), page('', staticHtml, FRAME));
const categories = ['physical', 'psychological', 'situational', 'environmental'];
const govukSections = categories.map((category, n) => `<div class="govuk-accordion__section">
  <div class="govuk-accordion__section-header"><h2 class="govuk-accordion__section-heading"><span class="govuk-accordion__section-button" id="a-heading-${n}">${category}</span></h2></div>
  <div id="a-content-${n}" class="govuk-accordion__section-content">${indicators.filter((i) => i.category === category)
    .map((i) => `<h3 class="govuk-heading-s">${escape(content.indicators[i.id].title)}</h3><p class="govuk-body">${escape(content.indicators[i.id].detail)}</p>`).join('')}</div></div>`).join('');
const govukHtml = `<div class="govuk-accordion" data-module="govuk-accordion" id="a">${govukSections}</div>`;
writeFileSync(join(TMP, 'govuk.html'), page(
  '<link rel="stylesheet" href="/node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css">',
  `<div class="govuk-template__body govuk-frontend-supported">${govukHtml}</div>`,
  `import { initAll } from '/node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js'; initAll(); ${FRAME}`,
));
const govukBytes = add(
  sizes(readFileSync(join(ROOT, 'node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js'))),
  sizes(readFileSync(join(ROOT, 'node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css'))),
  sizes(Buffer.from(govukHtml)),
);

// ---- a static server on loopback ----
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
  const file = path.startsWith('/bench-pages/') ? join(TMP, path.slice('/bench-pages/'.length)) : join(ROOT, path);
  if (!file.startsWith(ROOT) || !existsSync(file) || statSync(file).isDirectory()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  response.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

// ---- timings ----
const CHROMIUM = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

async function measure(name, { switchTo } = {}) {
  const page = await browser.newPage();
  await page.setCacheEnabled(false);
  await page.goto(`${base}/bench-pages/${name}.html`);
  await page.waitForFunction(() => window.__rendered !== undefined, { timeout: 30000 });
  const result = await page.evaluate(() => ({ rendered: window.__rendered, longTasks: window.__longTasks }));
  const { JSHeapUsedSize } = await page.metrics();
  result.heapMB = JSHeapUsedSize / 1024 / 1024;
  if (switchTo) {
    result.switchMs = await page.evaluate(async (lang) => {
      const el = document.querySelector('spot-the-signs');
      const picker = el.shadowRoot.querySelector('[part="language-picker"]');
      const started = performance.now();
      picker.value = lang;
      picker.dispatchEvent(new Event('change'));
      await el.updateComplete;
      return performance.now() - started;
    }, switchTo);
  }
  await page.close();
  return result;
}

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
};

const runs = { widget: [], static: [], govuk: [], switchLt: [], switchAr: [] };
for (let i = 0; i < RUNS; i += 1) {
  // Interleaved, so the three pages meet the same machine conditions.
  runs.static.push(await measure('static'));
  runs.govuk.push(await measure('govuk'));
  runs.widget.push(await measure('widget'));
  runs.switchLt.push(await measure('widget', { switchTo: 'lt' }));
  runs.switchAr.push(await measure('widget', { switchTo: 'ar' }));
}
await browser.close();
server.close();

const chromiumVersion = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim();
const time = Object.fromEntries(['widget', 'static', 'govuk'].map((name) => [name, stats(runs[name].map((r) => r.rendered))]));
const results = {
  date: new Date().toISOString().slice(0, 10),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${chromiumVersion}`,
  runs: RUNS,
  bytes: { entry: sizes(entry), floor: floorBytes, govuk: govukBytes, packs, views: Object.fromEntries(Object.entries(VIEWS).map(([view, names]) => [view, add(sizes(entry), ...names.map(pack))])) },
  timeMs: time,
  switchMs: { lt: stats(runs.switchLt.map((r) => r.switchMs)), ar: stats(runs.switchAr.map((r) => r.switchMs)) },
  longTasks: { widget: stats(runs.widget.map((r) => r.longTasks)), static: stats(runs.static.map((r) => r.longTasks)), govuk: stats(runs.govuk.map((r) => r.longTasks)) },
  heapMB: { widget: stats(runs.widget.map((r) => r.heapMB)), static: stats(runs.static.map((r) => r.heapMB)), govuk: stats(runs.govuk.map((r) => r.heapMB)) },
};
results.ratios = {
  bytesVsFloor: results.bytes.entry.brotli / floorBytes.brotli,
  bytesVsGovuk: results.bytes.entry.brotli / govukBytes.brotli,
  renderVsFloor: time.widget.median / time.static.median,
  renderVsGovuk: time.widget.median / time.govuk.median,
};
const largestPack = Object.entries(packs).sort(([, a], [, b]) => b.brotli - a.brotli)[0];
// KB = 1,000 bytes, as in the budgets that `npm test` enforces (tests/budgets.test.ts).
const kb = (n) => (n / 1000).toFixed(1);
const ms = (s) => `${s.median.toFixed(0)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
const goal = (ok) => (ok ? 'met' : '**not met**');
const table = `Measured ${results.date} on ${results.machine}; ${RUNS} runs each, median (min–max); KB = 1,000 bytes.

| Measure | Widget | Floor: static HTML (+ lit for bytes) | GOV.UK accordion | Ratio to floor | Goal |
|---|---:|---:|---:|---:|---|
| CDN entry, KB min / gzip / brotli | ${kb(results.bytes.entry.min)} / ${kb(results.bytes.entry.gzip)} / ${kb(results.bytes.entry.brotli)} | ${kb(floorBytes.min)} / ${kb(floorBytes.gzip)} / ${kb(floorBytes.brotli)} | ${kb(govukBytes.min)} / ${kb(govukBytes.gzip)} / ${kb(govukBytes.brotli)} | ${results.ratios.bytesVsFloor.toFixed(2)}× | ≤ ${GOALS.entryBrotliKB} KB br: ${goal(results.bytes.entry.brotli <= GOALS.entryBrotliKB * 1000)}; ≤ ${GOALS.bytesRatio}×: ${goal(results.ratios.bytesVsFloor <= GOALS.bytesRatio)} |
| Largest lazy pack (${largestPack[0]}.js), KB brotli | ${kb(largestPack[1].brotli)} | | | | ≤ 8 KB: ${goal(largestPack[1].brotli <= 8000)} |
| Navigation to fully rendered, ms | ${ms(time.widget)} | ${ms(time.static)} | ${ms(time.govuk)} | ${results.ratios.renderVsFloor.toFixed(2)}× | ≤ ${GOALS.renderRatio}×: ${goal(results.ratios.renderVsFloor <= GOALS.renderRatio)} |
| Locale switch en-GB → lt, ms | ${ms(results.switchMs.lt)} | | | | ≤ ${GOALS.switchMs} ms: ${goal(results.switchMs.lt.median <= GOALS.switchMs)} |
| Locale switch en-GB → ar, ms | ${ms(results.switchMs.ar)} | | | | ≤ ${GOALS.switchMs} ms: ${goal(results.switchMs.ar.median <= GOALS.switchMs)} |
| Long tasks (> 50 ms) during load | ${ms(results.longTasks.widget)} | ${ms(results.longTasks.static)} | ${ms(results.longTasks.govuk)} | | 0 in every run: ${goal(results.longTasks.widget.max <= GOALS.longTasks)} (0 in ${runs.widget.filter((r) => r.longTasks === 0).length} of ${RUNS}) |
| JS heap after render, MB | ${results.heapMB.widget.median.toFixed(1)} | ${results.heapMB.static.median.toFixed(1)} | ${results.heapMB.govuk.median.toFixed(1)} | | |

What a reader downloads for a first view (the entry plus the packs of its language and setting; KB = 1,000 bytes):

| View | Files | KB min / gzip / brotli |
|---|---:|---:|
${Object.entries(VIEWS).map(([view, names]) => `| ${view} | ${names.length + 1} | ${kb(results.bytes.views[view].min)} / ${kb(results.bytes.views[view].gzip)} / ${kb(results.bytes.views[view].brotli)} |`).join('\n')}
`;
writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(ROOT, 'bench/results.md'), `# Benchmark results\n\n${table}`);
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const updated = readme.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, `<!-- bench:start -->\n${table}<!-- bench:end -->`);
writeFileSync(join(ROOT, 'README.md'), updated);
console.log(table);
