/** Read by the CDN build's lazy imports (see rollup.config.mjs): a new URL for each retry. */
const RETRY_MARKER = Symbol.for('spot-the-signs.locale-retry');

const pending = new Map<string, Promise<unknown>>();
const attempts = new Map<string, number>();

/**
 * Imports a lazily loaded module (a language's text, a sign set) once per page, however many widgets
 * ask. A failed load is forgotten, so the next call retries, with a fresh URL in the CDN build, since
 * browsers remember failed module fetches.
 */
export function importOnce<T>(id: string, loader: () => Promise<T>): Promise<T> {
  const cached = pending.get(id) as Promise<T> | undefined;
  if (cached) return cached;
  const attempt = attempts.get(id) ?? 0;
  attempts.set(id, attempt + 1);
  const global = globalThis as unknown as Record<symbol, string | undefined>;
  global[RETRY_MARKER] = attempt ? `?retry=${attempt}` : undefined;
  let loading: Promise<T>;
  try {
    loading = loader();
  } finally {
    global[RETRY_MARKER] = undefined;
  }
  pending.set(id, loading);
  loading.catch(() => pending.delete(id));
  return loading;
}
