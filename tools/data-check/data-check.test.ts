/**
 * The freshness checker, tested offline: a local server on 127.0.0.1 serves good, moved, gone, slow,
 * failing and changed pages for a small data set (tools/data-check/fixtures/), and every URL in it is sent
 * there with --base-url. Nothing here touches the internet.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dueClaims, pageShowsNumber, pageText, phoneOf, planTargets, readDataset, selectClaims } from './check.js';
import type { DataCheckReport, UrlResult } from './check.js';
import { reportFileNames, toMarkdown } from './report.js';
import { fetchWithRedirects, loadDataset, mapPool, rewriteOrigin, runDataCheck } from './run.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const FIXTURES = join(HERE, 'fixtures');
const CLI = join(HERE, 'cli.ts');
const TODAY = '2026-12-03';
/** Long enough for a loaded machine to answer every other page; the slow page never answers. */
const TIMEOUT_MS = 1500;

// ─── The local server ───────────────────────────────────────────────────────────────────────────────────────

const page = (body: string) => `<!doctype html><html><head><title>Fixture</title></head><body>${body}</body></html>`;
type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const html = (body: string): Handler => (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(page(body));
};
const redirect = (status: number, location: string): Handler => (_req, res) => {
  res.writeHead(status, { location });
  res.end();
};
const status = (code: number): Handler => (_req, res) => {
  res.writeHead(code, { 'content-type': 'text/html' });
  res.end(page(`Error ${code}. Call 0800 222 2222.`));
};

const ROUTES: Record<string, Handler> = {
  // The number grouped differently from the data, and the relay with its prefix.
  '/good': html('<h1>Get help</h1><p>Call us free on <strong>0800&nbsp;0121&nbsp;700</strong>, day or night.</p><p>Text relay: 18001 0800 0121 700.</p>'),
  // Moved twice, permanently; the first hop is an absolute URL on the real origin (rewritten by --base-url).
  '/old-page': redirect(301, 'https://fixture.example/older'),
  '/older': redirect(308, '/new-page'),
  '/new-page': html('<p>Text us on +44 7860 022222.</p>'),
  // Redirected for now.
  '/temp': redirect(302, '/temp-target'),
  '/temp-target': html('<p>This page is being updated.</p>'),
  '/old-policy': html('<p>You do not have to give your name.</p>'),
  // The number changed; the old one is only half there.
  '/changed': html('<p>Our new number is 0800 444 4444 (it used to start 0800 111 111).</p><script>var old = "0800 111 1111";</script>'),
  '/gone': status(404),
  '/retired': status(410),
  '/broken': status(500),
  '/contact': html('<p>Report online with our form.</p>'),
  // Never answers (the checker gives up after TIMEOUT_MS; the server drops the socket when the tests end).
  '/slow': () => {},
  '/loop-a': redirect(302, '/loop-b'),
  '/loop-b': redirect(302, '/loop-a'),
  '/no-location': (_req, res) => {
    res.writeHead(301);
    res.end();
  },
};

let server: Server;
let base: string;
const requests: { path: string; userAgent: string | undefined }[] = [];
let inFlight = 0;
let peakInFlight = 0;

before(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({ path, userAgent: req.headers['user-agent'] });
    inFlight += 1;
    peakInFlight = Math.max(peakInFlight, inFlight);
    res.on('close', () => (inFlight -= 1));
    (ROUTES[path] ?? status(404))(req, res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise<void>((done) => server.close(() => done()));
});

/** Runs the CLI in a child process (asynchronously: the server lives in this process). */
function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: join(HERE, '../..'), timeout: 60_000 }, (error, stdout, stderr) => {
      done({ code: error ? ((error as { code?: number }).code ?? -1) : 0, stdout, stderr });
    });
  });
}

const byPath = (report: DataCheckReport, path: string): UrlResult => {
  const result = report.urls.find((u) => new URL(u.url).pathname === path);
  assert.ok(result, `no result for ${path}`);
  return result;
};
const pathOf = (url: string) => new URL(url).pathname;

// ─── Reading numbers ────────────────────────────────────────────────────────────────────────────────────────

describe('numbers are compared by their digits', () => {
  const helpline = { tel: '+448000121700', display: '08000 121 700' };

  it('finds a UK number however it is grouped, with 0, +44, +44 (0) or 0044', () => {
    for (const text of ['Call 08000 121 700 now', 'Call +44 8000 121700.', 'Call 0800 0121 700', '+44 (0)8000 121 700', '0044 8000 121700', '(08000) 121-700', '+448000121700', 'Call 08000.121.700']) {
      assert.ok(pageShowsNumber(text, helpline), text);
    }
  });

  it('does not find a different, shorter or longer number', () => {
    for (const text of ['Call 08000 121 701', 'Call 08000 121 70', 'Call 08000 121 7000', 'Call 8000121700123', 'Call 18000 121 700 5', 'No number here']) {
      assert.ok(!pageShowsNumber(text, helpline), text);
    }
  });

  it('finds a North American number with or without the 1', () => {
    const hotline = { tel: '+18883737888', display: '1-888-373-7888' };
    for (const text of ['1-888-373-7888', '(888) 373-7888', '888.373.7888', '+1 888 373 7888']) assert.ok(pageShowsNumber(text, hotline), text);
    assert.equal(pageShowsNumber('1-888-373-7880', hotline), false, 'a different last digit');
  });

  it('finds short codes only as whole numbers', () => {
    assert.equal(pageShowsNumber('In an emergency call 999.', { tel: '999', display: '999' }), true, '999 alone');
    assert.equal(pageShowsNumber('Call 9999 or 1999', { tel: '999', display: '999' }), false, '999 inside longer numbers');
    assert.equal(pageShowsNumber('Text relay: 18001 101', { tel: '18001101', display: '18001 101' }), true, 'relay prefix');
  });

  it('reads the words of a page and its tel: links, not its scripts or styles', () => {
    const text = pageText('<p>Call&nbsp;0800&#160;555&#x20;111</p><script>var n = "0800 999 999"</script><style>.x{}</style><a href="tel:%2B441234567890">Office</a>');
    assert.equal(pageShowsNumber(text, { tel: '+44800555111', display: '0800 555 111' }), true, 'entities decoded');
    assert.equal(pageShowsNumber(text, { tel: '+441234567890', display: '01234 567890' }), true, 'tel: link read');
    assert.equal(pageShowsNumber(text, { tel: '+44800999999', display: '0800 999 999' }), false, 'script not read');
  });
});

// ─── The data ───────────────────────────────────────────────────────────────────────────────────────────────

describe('reading the data', () => {
  it('reads a phone from a claim or from its value', () => {
    assert.deepEqual(phoneOf({ tel: '+448000121700', display: '08000 121 700' }), { tel: '+448000121700', display: '08000 121 700' });
    assert.deepEqual(phoneOf({ value: { tel: '+448000121700', display: '08000 121 700' }, evidence: [] }), { tel: '+448000121700', display: '08000 121 700' });
  });

  it('plans each URL once: every source, every channel url claim, and the numbers each source page must show', () => {
    const plan = planTargets(loadDataset(FIXTURES));
    assert.deepEqual(plan.targets.map((t) => pathOf(t.url)).sort(), ['/broken', '/changed', '/contact', '/gone', '/good', '/old-page', '/old-policy', '/retired', '/slow', '/temp']);
    const good = plan.targets.find((t) => pathOf(t.url) === '/good');
    assert.deepEqual(good?.numbers.map((n) => `${n.channel}.${n.claim}`).sort(), ['fx-helpline.phone', 'fx-helpline.textRelay']);
    const retired = plan.targets.find((t) => pathOf(t.url) === '/retired');
    assert.deepEqual(retired?.usedBy, [{ kind: 'source', id: 'src-retired' }, { kind: 'channel-url', id: 'fx-gone-line' }]);
    assert.deepEqual(plan.problems, []);
  });

  it('--only: a channel brings its url and the sources its evidence cites; a source brings the claims citing it', () => {
    const data = loadDataset(FIXTURES);
    const plan = planTargets(data, ['fx-gone-line']);
    assert.deepEqual(
      plan.targets.map((t) => [pathOf(t.url), t.usedBy.map((u) => `${u.kind}:${u.id}`), t.numbers.map((n) => `${n.channel}.${n.claim}`)]),
      [
        ['/gone', ['source:src-gone'], ['fx-gone-line.phone']],
        ['/retired', ['source:src-retired', 'channel-url:fx-gone-line'], []],
      ],
    );
    assert.deepEqual(selectClaims(data, ['src-old-policy']).map((c) => `${c.id}.${c.claim}`), ['fx-helpline.anonymous', 'fx-asks-consent.statement']);
    assert.throws(() => planTargets(data, ['fx-nowhere']), /--only: unknown id\(s\): fx-nowhere/);
  });

  it('reports evidence that cites a source not in sources.json', () => {
    const data = readDataset([], [{ id: 'x', phone: { value: { tel: '999' }, evidence: [{ source: 'nowhere', checkedAt: '2026-01-01' }] } }]);
    assert.deepEqual(planTargets(data).problems, ['channel x: phone cites "nowhere", which is not in sources.json']);
  });

  it('rewrites origins for tests, keeping path and query', () => {
    assert.equal(rewriteOrigin('https://www.example.org/a/b?c=1#d', 'http://127.0.0.1:9'), 'http://127.0.0.1:9/a/b?c=1');
    assert.equal(rewriteOrigin('https://www.example.org/a'), 'https://www.example.org/a');
  });
});

// ─── Dates ──────────────────────────────────────────────────────────────────────────────────────────────────

describe('claims due for a re-check (no network)', () => {
  // Core's rule (claimFreshness): due when more than 18 whole calendar months have passed since the newest
  // checkedAt; a safety claim is overdue when more than 24 have. On 2026-12-03, 2025-05-04 is 18 months ago
  // (not due), 2025-05-03 is 19; 2024-11-04 is 24 months ago (due, not overdue), 2024-11-03 is 25.
  const evidence = (...dates: string[]) => dates.map((checkedAt, i) => ({ source: `s${i}`, locator: 'The section named in the test', checkedAt }));
  const claim = (...dates: string[]) => ({ value: null, evidence: evidence(...dates) });
  const listed = (channels: object[], support: object[] = []) =>
    dueClaims(readDataset([], channels, support), TODAY).map((c) => `${c.subject} ${c.id}.${c.claim} ${c.months}:${c.state}`);

  it('is due after 18 whole months; a safety claim is overdue after 24, as core counts them', () => {
    assert.deepEqual(
      listed(
        [
          { id: 'a', phone: claim('2025-05-04'), hours: claim('2025-05-03'), email: claim('2019-01-01') },
          { id: 'b', operator: claim('2024-11-04'), anonymous: claim('2024-11-03'), sharing: claim('2024-12-03') },
        ],
        [
          { id: 'safe', safety: true, evidence: evidence('2024-11-03') },
          { id: 'not-safety', safety: false, evidence: evidence('2024-11-03') },
          { id: 'safe-24', safety: true, evidence: evidence('2024-11-04') },
        ],
      ),
      [
        'channel a.email 95:due',
        'channel b.anonymous 25:overdue',
        'support not-safety.statement 25:due',
        'support safe.statement 25:overdue',
        'channel b.operator 24:due',
        'support safe-24.statement 24:due',
        'channel b.sharing 24:due',
        'channel a.hours 19:due',
      ],
    );
  });

  it('takes a claim to be as fresh as its newest evidence', () => {
    assert.deepEqual(listed([{ id: 'c', operator: claim('2020-01-01', '2026-01-01') }], [{ id: 's', safety: true, evidence: evidence('2026-01-01', '2020-01-01') }]), []);
  });

  it('lists only the claims --only selects', () => {
    const data = readDataset([{ id: 's0', url: 'https://fixture.example/s0' }], [{ id: 'c', operator: claim('2020-01-01') }, { id: 'd', operator: claim('2020-01-01') }]);
    assert.deepEqual(dueClaims(data, TODAY, ['d']).map((c) => `${c.id}.${c.claim}`), ['d.operator']);
  });
});

// ─── Fetching ───────────────────────────────────────────────────────────────────────────────────────────────

describe('fetching', () => {
  it('never has more requests in flight than the limit', async () => {
    let running = 0;
    let peak = 0;
    await mapPool([...Array(12).keys()], 3, async () => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((done) => setTimeout(done, 10));
      running -= 1;
    });
    assert.equal(peak, 3);
  });

  it('reports a redirect loop and a redirect without a Location as errors', async () => {
    const loop = await fetchWithRedirects(`${base}/loop-a`, { timeoutMs: 2000 });
    assert.match(loop.error ?? '', /redirect loop/);
    assert.deepEqual(loop.redirects.map((r) => pathOf(r.to)), ['/loop-b', '/loop-a']);
    const bare = await fetchWithRedirects(`${base}/no-location`, { timeoutMs: 2000 });
    assert.match(bare.error ?? '', /without a Location/);
  });
});

// ─── The whole run ──────────────────────────────────────────────────────────────────────────────────────────

describe('a run against the local server', () => {
  let report: DataCheckReport;

  before(async () => {
    peakInFlight = 0;
    report = await runDataCheck(loadDataset(FIXTURES), { today: TODAY, baseUrl: base, timeoutMs: TIMEOUT_MS });
  });

  it('classifies every URL: ok, moved, gone (404 and 410), error, timeout, changed', () => {
    const statuses = Object.fromEntries(report.urls.map((u) => [pathOf(u.url), u.status]));
    assert.deepEqual(statuses, {
      '/good': 'ok',
      '/old-page': 'moved',
      '/temp': 'moved',
      '/old-policy': 'ok',
      '/changed': 'changed',
      '/gone': 'gone',
      '/retired': 'gone',
      '/slow': 'timeout',
      '/broken': 'error',
      '/contact': 'ok',
    });
    assert.equal(byPath(report, '/gone').httpStatus, 404);
    assert.equal(byPath(report, '/retired').httpStatus, 410);
    assert.equal(byPath(report, '/broken').error, 'HTTP 500');
    assert.deepEqual(report.summary, { urls: 10, ok: 3, moved: 2, changed: 1, gone: 2, error: 1, timeout: 1, numbersChecked: 4, numbersMissing: 1, due: 2, overdue: 3 });
  });

  it('reports each redirect chain, the final URL, and whether the move is permanent', () => {
    const moved = byPath(report, '/old-page');
    assert.deepEqual(
      moved.redirects.map((r) => [pathOf(r.from), r.status, pathOf(r.to), r.permanent]),
      [
        ['/old-page', 301, '/older', true],
        ['/older', 308, '/new-page', true],
      ],
    );
    assert.equal(moved.finalUrl, `${base}/new-page`);
    assert.equal(moved.redirectKind, 'permanent');
    const temporary = byPath(report, '/temp');
    assert.deepEqual(temporary.redirects.map((r) => [r.status, pathOf(r.to), r.permanent]), [[302, '/temp-target', false]]);
    assert.equal(temporary.redirectKind, 'temporary');
    assert.equal(byPath(report, '/good').redirectKind, null);
  });

  it('says whether each number its evidence cites is still on the page', () => {
    const numbers = report.urls.flatMap((u) => u.numbers.map((n) => `${pathOf(u.url)} ${n.channel}.${n.claim}=${n.found}`)).sort();
    assert.deepEqual(numbers, [
      '/changed fx-changed-line.phone=false',
      '/gone fx-gone-line.phone=null',
      '/good fx-helpline.phone=true',
      '/good fx-helpline.textRelay=true',
      '/old-page fx-helpline.sms=true',
      '/slow fx-slow-line.phone=null',
    ]);
    assert.deepEqual(
      report.numbersMissing.map((m) => [m.channel, m.claim, m.display, m.pages.map((p) => p.source)]),
      [['fx-changed-line', 'phone', '0800 111 1111', ['src-changed']]],
    );
  });

  it('lists claims due (18 months) and safety claims overdue (24 months), from the data alone', () => {
    assert.deepEqual(
      report.due.map((c) => `${c.subject} ${c.id}.${c.claim} ${c.checkedAt} ${c.months}`),
      ['channel fx-helpline.hours 2025-01-15 22', 'channel fx-helpline.sharing 2025-01-15 22'],
    );
    assert.deepEqual(
      report.overdue.map((c) => `${c.subject} ${c.id}.${c.claim} ${c.checkedAt} ${c.months}`),
      ['channel fx-gone-line.operator 2023-05-01 43', 'support fx-asks-consent.statement 2024-06-01 30', 'channel fx-helpline.anonymous 2024-06-01 30'],
    );
  });

  it('fails (exit code 1) and says why', () => {
    assert.equal(report.exitCode, 1);
    assert.deepEqual(report.failures, [
      '2 page(s) gone',
      '1 number(s) missing from their cited page',
      '3 safety claim(s) overdue (checked more than 24 months ago)',
    ]);
  });

  it('asks politely: a plain User-Agent naming the project, at most 4 requests at a time', () => {
    assert.ok(requests.length > 0, 'the server saw requests');
    for (const request of requests) assert.match(request.userAgent ?? '', /^SpotTheSigns-DataCheck\/1\.0 \(/);
    assert.ok(peakInFlight <= 4, `peak ${peakInFlight}`);
  });

  it('writes a readable table of what needs action', () => {
    const md = toMarkdown(report);
    assert.match(md, /^# Data check, 2026-12-03\n/);
    assert.match(md, /\*\*Result: needs action\*\* \(2 page\(s\) gone; 1 number\(s\) missing/);
    const section = (title: string) => md.split(`### ${title}`)[1]?.split('\n### ')[0]?.split('\n## ')[0] ?? '';
    assert.match(section('Pages gone (404 or 410)'), /\| https:\/\/fixture\.example\/gone \| 404 \| source `src-gone` \|/);
    assert.match(section('Pages gone (404 or 410)'), /\| https:\/\/fixture\.example\/retired \| 410 \| source `src-retired`, url of `fx-gone-line` \|/);
    assert.match(section('Numbers missing from the page their evidence cites'), /\| `fx-changed-line` \| phone \| 0800 111 1111 \| `src-changed` https:\/\/fixture\.example\/changed \|/);
    assert.match(section('Safety claims overdue (checked more than 24 months ago)'), /\| channel `fx-helpline` \| anonymous \(safety\) \| 2024-06-01 \| 30 \| `src-old-policy` \|/);
    assert.match(section('Moved (redirected)'), /\| https:\/\/fixture\.example\/old-page \| http:\/\/127\.0\.0\.1:\d+\/new-page \| permanent \|/);
    assert.match(section('Errors and timeouts (try again; then open the page in a browser)'), /\| https:\/\/fixture\.example\/slow \| timeout \|/);
    assert.match(section('Claims due for a re-check (checked more than 18 months ago)'), /\| channel `fx-helpline` \| sharing \(safety\) \| 2025-01-15 \| 22 \|/);
  });
});

// ─── The command ────────────────────────────────────────────────────────────────────────────────────────────

describe('npm run data:check (the CLI)', () => {
  const out = mkdtempSync(join(tmpdir(), 'sts-data-check-'));
  after(() => rmSync(out, { recursive: true, force: true }));
  const common = () => ['--data', FIXTURES, '--base-url', base, '--today', TODAY, '--timeout', `${TIMEOUT_MS}ms`, '--quiet'];

  it('exits 1 when something is gone, missing or overdue, and writes the dated report', async () => {
    const dir = join(out, 'all');
    const run = await cli([...common(), '--out', dir]);
    assert.equal(run.code, 1, run.stderr);
    assert.deepEqual(readdirSync(dir).sort(), [reportFileNames(TODAY).json, reportFileNames(TODAY).markdown]);
    assert.deepEqual(reportFileNames(TODAY), { json: 'data-check-2026-12-03.json', markdown: 'data-check-2026-12-03.md' });
    const written = JSON.parse(readFileSync(join(dir, 'data-check-2026-12-03.json'), 'utf8')) as DataCheckReport;
    assert.equal(written.exitCode, 1);
    assert.equal(written.summary.gone, 2);
    assert.match(readFileSync(join(dir, 'data-check-2026-12-03.md'), 'utf8'), /^# Data check, 2026-12-03/);
    assert.match(run.stdout, /Needs action: 2 page\(s\) gone; 1 number\(s\) missing/);
  });

  it('exits 0 when everything it was asked to check is fine (--only one source)', async () => {
    const dir = join(out, 'only');
    const run = await cli([...common(), '--out', dir, '--only', 'src-good']);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const written = JSON.parse(readFileSync(join(dir, 'data-check-2026-12-03.json'), 'utf8')) as DataCheckReport;
    assert.deepEqual(written.urls.map((u) => pathOf(u.url)), ['/good']);
    assert.deepEqual(written.options.only, ['src-good']);
    assert.match(run.stdout, /Nothing needs action\./);
  });

  it('lists what is due without the network (--offline)', async () => {
    const dir = join(out, 'offline');
    const run = await cli(['--data', FIXTURES, '--today', TODAY, '--offline', '--out', dir]);
    assert.equal(run.code, 1);
    const written = JSON.parse(readFileSync(join(dir, 'data-check-2026-12-03.json'), 'utf8')) as DataCheckReport;
    assert.equal(written.urls.length, 0);
    assert.equal(written.overdue.length, 3);
  });

  it('exits 2 with a clear message, and no stack trace, when used wrongly', async () => {
    const cases: [string[], RegExp][] = [
      [['--concurrency', '0'], /--concurrency: "0" is not a whole number from 1 to 64/],
      [['--timeout', 'soon'], /--timeout: "soon" is not a number of seconds/],
      [['--frobnicate'], /Unknown option '--frobnicate'/],
      [['--only', 'no-such-id'], /--only: unknown id\(s\): no-such-id/],
      [['--today', '2026-13-01'], /--today: "2026-13-01" is not a date/],
      [['--base-url', 'not a url'], /--base-url: "not a url" is not a URL/],
      [['--data', join(out, 'nowhere')], /no sources\.json in /],
    ];
    for (const [args, message] of cases) {
      const run = await cli(['--offline', '--out', join(out, 'usage'), ...(args.includes('--data') ? [] : ['--data', FIXTURES]), ...args]);
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.stdout}${run.stderr}`);
      assert.match(run.stderr, message);
      assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
    }
    assert.ok(!existsSync(join(out, 'usage')), 'nothing written on a usage error');
  });

  it('prints its usage with --help', async () => {
    const run = await cli(['--help']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^Usage: npm run data:check/);
    for (const option of ['--concurrency', '--timeout', '--out', '--only', '--base-url']) assert.match(run.stdout, new RegExp(option));
  });
});
