/** Loads an example page in an iframe and waits until every widget on it has rendered. */
export interface LoadedPage {
  frame: HTMLIFrameElement;
  /** The frame's window, with its own constructors (Event, KeyboardEvent…) for events dispatched inside it. */
  win: Window & typeof globalThis & { __stsProbe?: Probe; __stsCancelExit?: boolean };
  doc: Document;
  widgets: HTMLElement[];
  probe: Probe;
}

export interface Probe {
  violations: string[];
  errors: string[];
  warnings: string[];
  keyupListeners: number;
  exits: { url: string; trigger: string }[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function waitFor<T>(check: () => T | undefined | null | false, what: string, timeout = 8000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() - started > timeout) throw new Error(`Timed out waiting for ${what}`);
    await sleep(25);
  }
}

export async function loadPage(url: string, options: { width?: number; height?: number; sandbox?: string } = {}): Promise<LoadedPage> {
  const frame = document.createElement('iframe');
  frame.style.width = `${options.width ?? 1000}px`;
  frame.style.height = `${options.height ?? 800}px`;
  if (options.sandbox !== undefined) frame.setAttribute('sandbox', options.sandbox);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as LoadedPage['win'];
  const doc = frame.contentDocument as Document;
  const widgets = [...doc.querySelectorAll('spot-the-signs')] as HTMLElement[];
  if (options.sandbox === undefined) {
    await waitFor(() => widgets.every((w) => w.shadowRoot?.querySelector('[part="emergency"]')), `widgets on ${url}`);
  }
  return { frame, win, doc, widgets, probe: win.__stsProbe as Probe };
}

export const part = (widget: Element, name: string) => widget.shadowRoot?.querySelector(`[part~="${name}"]`) as HTMLElement | null;
