/**
 * npm run data:check [-- --concurrency 4 --timeout 15 --out reports --only id,id --base-url URL]
 *
 * Fetches every source URL and every channel `url` claim, checks that each phone, text relay and SMS number
 * still appears on the pages its evidence cites, lists the claims due for a re-check, and writes
 * `data-check-YYYY-MM-DD.json` and `.md`. Exit code 0: all fine; 1: a page is gone, a number is missing or a
 * safety claim is overdue; 2: the command was used wrongly (or could not run).
 */
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DataShapeError, isIsoDate, UsageError } from './check.js';
import { writeReport } from './report.js';
import { DEFAULT_CONCURRENCY, DEFAULT_TIMEOUT_MS, loadDataset, runDataCheck } from './run.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const USAGE = `Usage: npm run data:check -- [options]

Fetches every source and channel URL in the data, reports status and redirects, checks that each phone,
text relay and SMS number still appears on the page its evidence cites, lists the claims due for a
re-check, and writes reports/data-check-YYYY-MM-DD.json and .md.

Options:
  --concurrency N     requests at a time (default ${DEFAULT_CONCURRENCY})
  --timeout T         per request, in seconds (default ${DEFAULT_TIMEOUT_MS / 1000}); "500ms" or "20s" also work
  --out DIR           where to write the report (default reports/)
  --only ID,ID        only these sources, channels or support items (a channel brings the sources it cites)
  --base-url URL      replace the origin of every URL with this one (for tests against a local server)
  --data DIR          read sources.json, channels.json, support.json from DIR (default packages/core/data)
  --today YYYY-MM-DD  the date of the run (default today): decides what is due and names the report
  --offline           fetch nothing; only list the claims due by date
  --quiet             no line per URL while it runs
  -h, --help          this help

Exit code: 0 nothing needs action; 1 a page is gone, a number is missing or a safety claim is
overdue (older than 24 months); 2 wrong usage. Moved pages, errors, timeouts and claims due
(older than 18 months) are reported but do not fail the run.`;

function parseTimeout(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s)?$/.exec(text.trim());
  if (!match) throw new UsageError(`--timeout: "${text}" is not a number of seconds (e.g. 15, 20s or 500ms)`);
  const ms = match[2] === 'ms' ? Number(match[1]) : Number(match[1]) * 1000;
  if (!(ms > 0) || ms > 600_000) throw new UsageError('--timeout: give more than 0 and at most 600 seconds');
  return ms;
}

function parseConcurrency(text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 64) throw new UsageError(`--concurrency: "${text}" is not a whole number from 1 to 64`);
  return Number(text);
}

function parseBaseUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--base-url: "${text}" is not a URL (e.g. http://127.0.0.1:8080)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError('--base-url: use an http or https URL');
  return url.origin;
}

function parseOptions(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        concurrency: { type: 'string' },
        timeout: { type: 'string' },
        out: { type: 'string' },
        only: { type: 'string' },
        'base-url': { type: 'string' },
        data: { type: 'string' },
        today: { type: 'string' },
        offline: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

async function main(argv: string[]): Promise<number> {
  const values = parseOptions(argv);
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const today = values.today ?? new Date().toISOString().slice(0, 10);
  if (!isIsoDate(today)) throw new UsageError(`--today: "${today}" is not a date (YYYY-MM-DD)`);
  const only = values.only === undefined ? undefined : values.only.split(',').map((id) => id.trim()).filter(Boolean);
  if (only && !only.length) throw new UsageError('--only: give at least one id');
  const concurrency = values.concurrency === undefined ? DEFAULT_CONCURRENCY : parseConcurrency(values.concurrency);
  const timeoutMs = values.timeout === undefined ? DEFAULT_TIMEOUT_MS : parseTimeout(values.timeout);
  const baseUrl = values['base-url'] === undefined ? undefined : parseBaseUrl(values['base-url']);
  const dataDir = values.data === undefined ? join(ROOT, 'packages/core/data') : resolve(values.data);
  const outDir = values.out === undefined ? join(ROOT, 'reports') : resolve(values.out);

  const data = loadDataset(dataDir);
  const report = await runDataCheck(data, {
    today,
    concurrency,
    timeoutMs,
    offline: values.offline,
    ...(baseUrl ? { baseUrl } : {}),
    ...(only ? { only } : {}),
    onResult: values.quiet
      ? undefined
      : (result, done, total) => {
          const via = result.redirects.length ? ` → ${result.finalUrl}` : '';
          console.log(`[${done}/${total}] ${result.status.padEnd(7)} ${result.url}${via}${result.error ? ` (${result.error})` : ''}`);
        },
  });
  const paths = writeReport(report, outDir);
  const s = report.summary;
  const shown = (path: string) => (path.startsWith(ROOT) ? relative(process.cwd(), path) || path : path);
  const fetched = report.options.network
    ? `${s.urls} URL(s): ${s.ok} ok, ${s.moved} moved, ${s.changed} changed, ${s.gone} gone, ${s.error} error, ${s.timeout} timeout. ` +
      `Numbers: ${s.numbersChecked} checked, ${s.numbersMissing} missing. `
    : 'Offline: no URL fetched. ';
  console.log(`\n${fetched}Claims: ${s.due} due, ${s.overdue} overdue.`);
  console.log(report.exitCode === 0 ? 'Nothing needs action.' : `Needs action: ${report.failures.join('; ')}.`);
  console.log(`Report: ${shown(paths.markdown)} (and ${shown(paths.json)})`);
  return report.exitCode;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof DataShapeError) {
      console.error(`data:check: ${error.message}\nRun "npm run data:check -- --help" for the options.`);
    } else {
      console.error(`data:check could not run: ${error instanceof Error ? error.message : String(error)}`);
    }
    process.exitCode = 2;
  },
);
