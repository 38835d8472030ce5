import { expect } from '@open-wc/testing';

/**
 * Where the quick exit goes, and what it tells the exit site. Each case opens a partner page in a popup (a
 * top-level window of its own, so that the exit can take it away without taking the test page too), with the
 * worst host referrer policy (`unsafe-url`). The exit address is a test https server that records each request's
 * Referer and Sec-Fetch-Dest ("document": the top page went; "iframe": only the frame did).
 */
interface ExitRequest {
  url: string;
  referer: string | null;
  dest: string | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function exitLog(id: string): Promise<{ origin: string; requests: ExitRequest[] }> {
  return (await fetch(`/__sts-exit-log?id=${id}`)).json();
}

interface Run {
  requests: ExitRequest[];
  warnings: string[];
  framed: boolean;
  /** The tab's history.length, as the exit page saw it once there. */
  historyLength: number | undefined;
}

let counter = 0;

async function runExit(options: { trigger: 'click' | 'keys'; frame?: 'same' | 'cross'; sandbox?: string }): Promise<Run> {
  const id = `t${Date.now()}x${(counter += 1)}`;
  const { origin } = await exitLog(id);
  const params = new URLSearchParams({ exit: `${origin}/exit?id=${id}`, id });
  if (options.frame) params.set('frame', options.frame);
  if (options.sandbox !== undefined) params.set('sandbox', options.sandbox);
  const warnings: string[] = [];
  let historyLength: number | undefined;
  let ready: ((framed: boolean) => void) | undefined;
  const isReady = new Promise<boolean>((resolve) => (ready = resolve));
  const listener = (event: MessageEvent) => {
    if (!event.data?.sts) return;
    if (event.data.warning) warnings.push(event.data.warning);
    if (event.data.exitHistoryLength) historyLength = event.data.exitHistoryLength;
    if (event.data.ready) ready?.(event.data.framed);
  };
  window.addEventListener('message', listener);
  const popup = window.open(`/packages/widget/test/fixtures/exit-host.html?${params}`, `sts-exit-${id}`, 'width=420,height=640');
  expect(popup, 'the popup opened').to.not.equal(null);
  try {
    const framed = await Promise.race([isReady, sleep(8000).then(() => Promise.reject(new Error('the partner page did not load')))]);
    popup!.postMessage({ trigger: options.trigger }, '*');
    let requests: ExitRequest[] = [];
    for (let waited = 0; waited < 6000 && requests.length === 0; waited += 100) {
      await sleep(100);
      requests = (await exitLog(id)).requests;
    }
    // Any second navigation would arrive soon after the first.
    await sleep(400);
    requests = (await exitLog(id)).requests;
    // A top page that went reports its history once the exit page has run; on a busy machine that can come later.
    for (let waited = 0; waited < 4000 && historyLength === undefined && requests[0]?.dest === 'document'; waited += 100) await sleep(100);
    return { requests, warnings, framed, historyLength };
  } finally {
    window.removeEventListener('message', listener);
    popup?.close();
  }
}

describe('the quick exit leaves nothing behind: no Referer, and the top page goes', function () {
  this.timeout(20000);

  for (const trigger of ['click', 'keys'] as const) {
    it(`${trigger}: on a page whose policy is unsafe-url, the exit site gets no Referer; one history entry, as GOV.UK`, async () => {
      const { requests, historyLength } = await runExit({ trigger });
      expect(requests.length, 'one navigation to the exit page').to.equal(1);
      expect(requests[0]!.referer).to.equal(null);
      expect(requests[0]!.dest).to.equal('document');
      // The partner page, then the exit page: an ordinary navigation, as GOV.UK's location.href makes (no
      // history rewriting, no extra entries); Back returns to the page, whose pageshow takes the overlay away.
      expect(historyLength).to.equal(2);
    });
  }

  it('in a same-origin frame, the exit takes the top page away', async () => {
    const { requests, framed, historyLength } = await runExit({ trigger: 'keys', frame: 'same' });
    expect(framed).to.equal(true);
    expect(requests.map((r) => r.dest)).to.deep.equal(['document']);
    expect(historyLength).to.equal(2);
    expect(requests[0]!.referer).to.equal(null);
  });

  it('in a sandboxed frame that allows top navigation, the exit takes the top page away', async () => {
    const { requests } = await runExit({ trigger: 'click', frame: 'same', sandbox: 'allow-scripts allow-same-origin allow-top-navigation' });
    expect(requests.map((r) => r.dest)).to.deep.equal(['document']);
    expect(requests[0]!.referer).to.equal(null);
  });

  it('in a sandboxed frame that does not allow it, the frame exits and the console says what the partner must allow', async () => {
    const { requests, warnings } = await runExit({ trigger: 'keys', frame: 'same', sandbox: 'allow-scripts allow-same-origin' });
    expect(requests.map((r) => r.dest)).to.deep.equal(['iframe']);
    expect(requests[0]!.referer).to.equal(null);
    expect(warnings.join('\n')).to.match(/allow-top-navigation/);
  });

  it('in a cross-origin frame, the exit leaves (the top page where the browser allows it) and sends no Referer', async () => {
    const { requests, warnings } = await runExit({ trigger: 'keys', frame: 'cross' });
    expect(requests.length).to.equal(1);
    expect(requests[0]!.referer).to.equal(null);
    // Where the browser refuses to let a cross-origin frame move the top page without a user gesture,
    // the frame leaves and the partner is told.
    if (requests[0]!.dest === 'iframe') expect(warnings.join('\n')).to.match(/allow-top-navigation/);
  });

  it('in a cross-origin sandboxed frame that does not allow it, the frame exits and the console says so', async () => {
    const { requests, warnings } = await runExit({ trigger: 'click', frame: 'cross', sandbox: 'allow-scripts' });
    expect(requests.map((r) => r.dest)).to.deep.equal(['iframe']);
    expect(requests[0]!.referer).to.equal(null);
    expect(warnings.join('\n')).to.match(/allow-top-navigation/);
  });
});
