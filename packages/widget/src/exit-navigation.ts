/**
 * How the quick exit leaves. Three promises, each tested in exit-navigation.test.ts:
 *
 * - **No Referer**, whatever the host page's referrer policy (even `unsafe-url`): the exit follows a real link
 *   with `rel="noreferrer"`, which the browser honours over the page's policy. (`location.href = …`, which
 *   GOV.UK uses, sends the page's policy's Referer: the partner's origin, or its full address.)
 * - **The same history as GOV.UK's Exit this page**: one ordinary navigation, so Back returns to the page
 *   (where `pageshow` takes the overlay away). No `location.replace`, no history rewriting: GOV.UK's research
 *   found that confused people (alphagov/govuk-frontend#2925).
 * - **The top page goes, not only a frame**, wherever the browser allows it: in a same-origin frame that is
 *   not sandboxed, or whose sandbox has `allow-top-navigation` (or `allow-top-navigation-by-user-activation`
 *   and the reader has just clicked or pressed a key). Where it cannot, the frame itself leaves and the
 *   console says what the partner must allow.
 */

const SANDBOX_TOP = /(?:^|\s)allow-top-navigation(?:\s|$)/i;
const SANDBOX_TOP_BY_ACTIVATION = /(?:^|\s)allow-top-navigation-by-user-activation(?:\s|$)/i;

export const FRAME_WARNING =
  '[spot-the-signs] The quick exit could only leave this frame: the page around it stays on screen. ' +
  'Let it take the whole page away: give the <iframe> that holds this page ' +
  'sandbox="… allow-top-navigation-by-user-activation" (or allow-top-navigation), or no sandbox.';

/** After this long with the page still here, an exit that asked the top page to go leaves the frame instead. */
const TOP_FALLBACK_MS = 2000;

type Route =
  /** Not in a frame, or the frame may not take the top page away: follow the link here. */
  | { target: '_self'; blocked: boolean }
  /** A same-origin chain of frames that allows it: follow the link in the top page. */
  | { target: '_top'; crossOrigin: false }
  /** A cross-origin frame: whether the top page may go is unknown until the browser is asked. */
  | { target: '_top'; crossOrigin: true };

function hasUserActivation(): boolean {
  const activation = (navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation;
  return activation ? activation.isActive : true;
}

/** Where the exit can go from this window, reading every frame's sandbox on the way up while it can. */
export function exitRoute(win: Window = window): Route {
  if (win.top === win || !win.top) return { target: '_self', blocked: false };
  let current: Window = win;
  while (current !== current.top) {
    let frame: Element | null = null;
    try {
      frame = current.frameElement;
    } catch {
      frame = null;
    }
    // A cross-origin (or opaque, fully sandboxed) parent: its frame element, and so its sandbox, is not ours to read.
    if (!frame) return { target: '_top', crossOrigin: true };
    const sandbox = frame.getAttribute('sandbox');
    const allowed =
      sandbox === null || SANDBOX_TOP.test(sandbox) || (SANDBOX_TOP_BY_ACTIVATION.test(sandbox) && hasUserActivation());
    if (!allowed) return { target: '_self', blocked: true };
    current = current.parent;
  }
  return { target: '_top', crossOrigin: false };
}

/** Follows a real link, connected (a link that is not in a document does not navigate), then removes it. */
function follow(container: ParentNode, url: string, target: '_self' | '_top'): void {
  const link = document.createElement('a');
  link.href = url;
  link.rel = 'nofollow noreferrer';
  link.referrerPolicy = 'no-referrer';
  link.target = target;
  link.hidden = true;
  container.append(link);
  link.click();
  link.remove();
}

/**
 * Leaves for `url`. `container` is where the link is put for a moment: inside the open overlay, the one part
 * of the page that a modal dialog does not make inert.
 */
export function leave(url: string, container: ParentNode, warn: (message: string) => void = console.warn): void {
  const route = exitRoute();
  if (route.target === '_self') {
    if (route.blocked) warn(FRAME_WARNING);
    follow(container, url, '_self');
    return;
  }
  if (!route.crossOrigin) {
    follow(container, url, '_top');
    return;
  }
  // A cross-origin frame: a link with target="_top" that the browser refuses fails silently, which would leave
  // the reader behind the overlay. Setting top.location throws when refused, so the frame can leave instead.
  // Its Referer follows this document's policy, so that is set to no-referrer first: the page is going anyway.
  const meta = document.createElement('meta');
  meta.name = 'referrer';
  meta.content = 'no-referrer';
  (document.head ?? document.documentElement).append(meta);
  try {
    window.top!.location.href = url;
  } catch {
    warn(FRAME_WARNING);
    follow(container, url, '_self');
    return;
  }
  // Some refusals are silent: if this page is still here after a while, at least the frame leaves.
  let gone = false;
  window.addEventListener('pagehide', () => (gone = true), { once: true });
  setTimeout(() => {
    if (gone) return;
    warn(FRAME_WARNING);
    follow(container, url, '_self');
  }, TOP_FALLBACK_MS);
}
