/**
 * The quick exit's page-wide half, after GOV.UK's researched "Exit this page" component: Shift pressed
 * three times (each press within 5 seconds of the last) leaves the page. However many widgets a page
 * holds, and however many copies of the script, there is one document listener and one owner of the keys:
 *
 * - the first widget, in the order of the composed tree (a widget in a shadow root counts where its host
 *   is; a shadow tree's content before the host's light children), that is connected, has the quick exit on,
 *   and has rendered its exit button where the reader can see it (not in `hidden`, `display: none` or a closed
 *   `<details>`). That widget shows the progress, makes the announcements and performs the exit;
 * - Shift pressed while the reader types in a text field (`<input>`, `<textarea>`, contenteditable) is
 *   typing, not a request to leave: it never counts;
 * - when GOV.UK Frontend's own Exit this page has started on the page (it marks `<body>` with
 *   `data-govuk-frontend-exit-this-page-keypress`), its handler is the one that acts, whichever started first:
 *   a GOV.UK service's exit goes where the service chose, with its own announcements. The widget's button
 *   still works when clicked.
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
  /** The exit button is rendered and visible (not hidden by the page). */
  readonly exitVisible: boolean;
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

/** A node's ancestors, from the document down, going from each shadow root to its host. */
function composedChain(node: Node): Node[] {
  const chain: Node[] = [];
  for (let current: Node | null = node; current; current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null)) {
    chain.unshift(current);
  }
  return chain;
}

/** Negative if `a` comes before `b` in the composed tree. */
export function composedOrder(a: Node, b: Node): number {
  const chainA = composedChain(a);
  const chainB = composedChain(b);
  let i = 0;
  while (i < chainA.length && i < chainB.length && chainA[i] === chainB[i]) i += 1;
  const x = chainA[i];
  const y = chainB[i];
  if (!x) return -1;
  if (!y) return 1;
  // Under the same host: its shadow tree (what renders) comes before its light children.
  if (x instanceof ShadowRoot) return -1;
  if (y instanceof ShadowRoot) return 1;
  return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** The widget that acts for the page: the first connected, visible one with the exit on. */
function leader(state: PageState): QuickExitHost | undefined {
  // `!== false`: a widget of an older copy of the script (sharing this page-wide state) does not say; it may lead.
  const candidates = [...state.hosts].filter((host) => host.isConnected && host.quickExitEnabled && host.exitVisible !== false);
  candidates.sort((a, b) => composedOrder(a as unknown as Node, b as unknown as Node));
  return candidates[0];
}

const NOT_TEXT_INPUTS = new Set(['button', 'checkbox', 'color', 'file', 'hidden', 'image', 'radio', 'range', 'reset', 'submit']);

/** The key went to a field the reader types in. */
function isTyping(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0];
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return !NOT_TEXT_INPUTS.has(target.type);
  return target instanceof HTMLElement && target.isContentEditable;
}

/** GOV.UK Frontend's Exit this page has started on this page (its own flag on <body>). */
const govukInCharge = () => Boolean(document.body && GOVUK_FLAG in document.body.dataset);

function resetPresses(state: PageState, announceTimeout: boolean): void {
  clearTimeout(state.timer);
  state.timer = undefined;
  state.presses = 0;
  if (announceTimeout) leader(state)?.announce('timedOut');
}

function onKeyUp(event: KeyboardEvent): void {
  const state = page();
  if (govukInCharge() || isTyping(event)) {
    if (state.presses > 0 || state.timer !== undefined) resetPresses(state, false);
    state.lastKeyWasModified = event.shiftKey;
    return;
  }
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
  // Always listening: whether GOV.UK's handler is in charge is asked at each key, as it may start later.
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
