/**
 * The quick exit's page-wide half, after GOV.UK's researched "Exit this page" component: Shift pressed
 * three times (each press within 5 seconds of the last) leaves the page. However many widgets a page
 * holds, and however many copies of the script, there is one document listener, and the first
 * connected widget (in document order) with the quick exit on performs the exit.
 */

/** What a widget offers the page-wide controller. */
export interface QuickExitHost {
  readonly isConnected: boolean;
  readonly quickExitEnabled: boolean;
  /** Announce progress to screen readers ("Press Shift 2 more times to exit."). */
  announce(message: 'pressMore' | 'timedOut' | 'clear', remaining?: number): void;
  /** Show the overlay and leave. */
  exit(trigger: 'keyboard'): void;
  /** Undo the overlay after the reader comes back (bfcache restore). */
  resetExit(): void;
  compareDocumentPosition(other: Node): number;
}

interface PageState {
  hosts: Set<QuickExitHost>;
  presses: number;
  lastKeyWasModified: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
  listening: boolean;
}

const PAGE_KEY = Symbol.for('spot-the-signs.quick-exit');
const PRESSES_TO_EXIT = 3;
const TIME_BETWEEN_PRESSES_MS = 5000;
/** Set on <body> by GOV.UK Frontend's own Exit this page; two handlers would race to two URLs. */
const GOVUK_FLAG = 'govukFrontendExitThisPageKeypress';

function page(): PageState {
  const global = globalThis as unknown as Record<symbol, PageState | undefined>;
  global[PAGE_KEY] ??= { hosts: new Set(), presses: 0, lastKeyWasModified: false, timer: undefined, listening: false };
  return global[PAGE_KEY];
}

/** The widget that acts for the page: the first connected one, in document order, with the exit on. */
function leader(state: PageState): QuickExitHost | undefined {
  const candidates = [...state.hosts].filter((host) => host.isConnected && host.quickExitEnabled);
  candidates.sort((a, b) => (a.compareDocumentPosition(b as unknown as Node) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  return candidates[0];
}

function resetPresses(state: PageState, announceTimeout: boolean): void {
  clearTimeout(state.timer);
  state.timer = undefined;
  state.presses = 0;
  if (announceTimeout) leader(state)?.announce('timedOut');
}

function onKeyUp(event: KeyboardEvent): void {
  const state = page();
  const host = leader(state);
  if (!host) return;
  if (event.key === 'Shift' && !state.lastKeyWasModified) {
    state.presses += 1;
    clearTimeout(state.timer);
    if (state.presses >= PRESSES_TO_EXIT) {
      resetPresses(state, false);
      host.exit('keyboard');
    } else {
      host.announce('pressMore', PRESSES_TO_EXIT - state.presses);
      state.timer = setTimeout(() => resetPresses(state, true), TIME_BETWEEN_PRESSES_MS);
    }
  } else if (state.timer !== undefined) {
    // Any other key breaks the sequence.
    resetPresses(state, true);
  }
  // A Shift held as a modifier (Shift+A) is not a press.
  state.lastKeyWasModified = event.shiftKey;
}

function onPageShow(): void {
  // Back from the exit page via the back/forward cache: the overlay must not still be there.
  const state = page();
  resetPresses(state, false);
  for (const host of state.hosts) {
    host.resetExit();
    host.announce('clear');
  }
}

export function connectQuickExit(host: QuickExitHost): void {
  const state = page();
  state.hosts.add(host);
  if (state.listening) return;
  state.listening = true;
  window.addEventListener('pageshow', onPageShow);
  if (document.body?.dataset[GOVUK_FLAG]) return;
  document.addEventListener('keyup', onKeyUp, true);
}

export function disconnectQuickExit(host: QuickExitHost): void {
  page().hosts.delete(host);
}

/** For tests: how many widgets the page-wide controller knows of, and whether it listens. */
export function quickExitState(): { hosts: number; listening: boolean; presses: number } {
  const state = page();
  return { hosts: state.hosts.size, listening: state.listening, presses: state.presses };
}
