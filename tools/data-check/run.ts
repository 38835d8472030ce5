/**
 * The network part of the freshness checker: fetch each URL with Node's own fetch (undici), one request at
 * a time per worker, a timeout per request, and redirects followed by hand so each hop can be reported.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport, classify, isPermanentRedirect, isRedirect, planTargets, readDataset, UsageError } from './check.js';
import type { DataCheckReport, Dataset, FetchOutcome, Redirect, Target, UrlResult } from './check.js';

export const USER_AGENT = 'SpotTheSigns-DataCheck/1.0 (checks that the help lines and pages cited by the Spot the Signs open data still answer; run by its maintainers)';
export const DEFAULT_CONCURRENCY = 4;
export const DEFAULT_TIMEOUT_MS = 15_000;
export const MAX_REDIRECTS = 10;
/** Enough for any help page; a larger body is cut (the number, if any, is near the top). */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

export interface RunOptions {
  /** The day of the run, YYYY-MM-DD (decides what is due). */
  today: string;
  concurrency?: number;
  timeoutMs?: number;
  /** Replace the origin of every URL (and of every redirect target) with this one: for tests. */
  baseUrl?: string;
  only?: string[];
  /** Called as each URL is done (for progress output). */
  onResult?: (result: UrlResult, done: number, total: number) => void;
  /** Skip the network: only the claims due. */
  offline?: boolean;
  now?: () => Date;
}

/** Reads the data files from a directory (the repository's `packages/core/data` by default). */
export function loadDataset(dir: string): Dataset {
  const read = (name: string, required: boolean): unknown => {
    const file = join(dir, name);
    if (!existsSync(file)) {
      if (required) throw new UsageError(`no ${name} in ${dir}`);
      return [];
    }
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new UsageError(`${file} is not valid JSON: ${(error as Error).message}`);
    }
  };
  return readDataset(read('sources.json', true), read('channels.json', true), read('support.json', false));
}

/** The URL with its origin replaced by `baseUrl`'s (path, query kept). */
export function rewriteOrigin(url: string, baseUrl?: string): string {
  if (!baseUrl) return url;
  const base = new URL(baseUrl);
  const parsed = new URL(url);
  return new URL(`${parsed.pathname}${parsed.search}`, base.origin).href;
}

async function readBody(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size >= MAX_BODY_BYTES) {
      await reader.cancel();
      break;
    }
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
}

/** Why a fetch failed, in a few words (undici hides the reason in `cause`). */
function describe(error: unknown): string {
  const err = error as { message?: string; cause?: { code?: string; message?: string } };
  const cause = err.cause?.code ?? err.cause?.message;
  return cause ? `${err.message ?? 'fetch failed'} (${cause})` : (err.message ?? String(error));
}

/**
 * Fetches one URL, following up to MAX_REDIRECTS redirects by hand. Each request has its own timeout,
 * which covers the headers and the body.
 */
export async function fetchWithRedirects(url: string, options: { timeoutMs: number; baseUrl?: string }): Promise<FetchOutcome> {
  const started = performance.now();
  const requestedUrl = rewriteOrigin(url, options.baseUrl);
  const redirects: Redirect[] = [];
  const seen = new Set<string>();
  let current = requestedUrl;
  const outcome = (rest: Partial<FetchOutcome>): FetchOutcome => ({ requestedUrl, redirects, finalUrl: current, ms: Math.round(performance.now() - started), ...rest });

  for (;;) {
    if (seen.has(current)) return outcome({ error: `redirect loop back to ${current}` });
    seen.add(current);
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, options.timeoutMs);
    try {
      const response = await fetch(current, {
        redirect: 'manual',
        signal: controller.signal,
        headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5', 'accept-language': 'en-GB,en;q=0.8' },
      });
      if (isRedirect(response.status)) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location) return outcome({ httpStatus: response.status, error: `HTTP ${response.status} without a Location header` });
        let next: string;
        try {
          next = rewriteOrigin(new URL(location, current).href, options.baseUrl);
        } catch {
          return outcome({ httpStatus: response.status, error: `HTTP ${response.status} to an invalid Location: ${location}` });
        }
        redirects.push({ from: current, to: next, status: response.status, permanent: isPermanentRedirect(response.status) });
        current = next;
        if (redirects.length > MAX_REDIRECTS) return outcome({ httpStatus: response.status, error: `more than ${MAX_REDIRECTS} redirects` });
        continue;
      }
      const contentType = response.headers.get('content-type') ?? undefined;
      const body = response.ok ? await readBody(response) : (await response.body?.cancel(), undefined);
      return outcome({ httpStatus: response.status, ...(contentType ? { contentType } : {}), ...(body !== undefined ? { body } : {}) });
    } catch (error) {
      if (timedOut) return outcome({ timedOut: true });
      return outcome({ error: describe(error) });
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Runs `work` over `items` with at most `limit` at a time; results keep the order of `items`. */
export async function mapPool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/** Fetches everything the data cites and builds the report (nothing is written here). */
export async function runDataCheck(data: Dataset, options: RunOptions): Promise<DataCheckReport> {
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const plan = planTargets(data, options.only);
  const targets: Target[] = options.offline ? [] : plan.targets;
  let done = 0;
  const urls = await mapPool(targets, concurrency, async (target) => {
    const result = classify(target, await fetchWithRedirects(target.url, { timeoutMs, ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}) }));
    options.onResult?.(result, ++done, targets.length);
    return result;
  });
  return buildReport({
    date: options.today,
    generatedAt: (options.now?.() ?? new Date()).toISOString(),
    options: {
      concurrency,
      timeoutMs,
      baseUrl: options.baseUrl ?? null,
      only: options.only?.length ? options.only : null,
      network: !options.offline,
    },
    urls,
    data,
    only: options.only,
    problems: plan.problems,
  });
}
