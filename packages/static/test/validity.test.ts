// The static render is valid HTML: html-validate's recommended rules (two adjusted, with reasons, in
// ../.htmlvalidate.mjs), for the element pasted into a partner's page and for a whole page (--page).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HtmlValidate } from 'html-validate';
import config from '../.htmlvalidate.mjs';
import { renderStatic, staticPage } from '../src/index.js';
import type { StaticOptions } from '../src/index.js';

const validator = new HtmlValidate(config);

const COUNCIL_CHANNEL = { id: 'hmo-team', name: 'Our HMO team', phone: { tel: '+441223457000', display: '01223 457000' }, url: 'https://example.org/hmo' };

const CASES: [string, Record<string, unknown>, StaticOptions?][] = [
  ['the defaults', {}],
  ['Arabic (right to left), for the reader', { lang: 'ar', view: 'me' }],
  ['Lithuanian (a machine draft) at home in Cambridge, with a council channel', { lang: 'lt', setting: 'home', jurisdiction: 'GB-CAM', channels: [COUNCIL_CHANNEL] }],
  ['Welsh, heading level 3, no quick exit', { lang: 'cy', jurisdiction: 'GB-WLS', headingLevel: 3, quickExit: 'off' }],
  ['Romanian in a car wash, with the script to come', { lang: 'ro', setting: 'car-wash', channels: [COUNCIL_CHANNEL] }, { controls: 'disabled' }],
];

/** A partner's page with the snippet pasted into its main content. */
const inPartnerPage = (snippet: string) => `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Housing - Example Council</title>
</head>
<body>
<main>
<h1>Houses in multiple occupation</h1>
<p>Before the widget.</p>
${snippet}<p>After the widget.</p>
</main>
</body>
</html>
`;

async function problems(markup: string): Promise<string[]> {
  const report = await validator.validateString(markup);
  return report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId} ${message.line}:${message.column} ${message.message}`));
}

describe('static render: valid HTML (html-validate, recommended)', () => {
  for (const [name, input, options] of CASES) {
    it(`${name}: in a partner's page, and as a page of its own`, async () => {
      const rendered = await renderStatic(input, options);
      assert.deepEqual(rendered.errors, []);
      assert.deepEqual(await problems(inPartnerPage(rendered.html)), []);
      assert.deepEqual(await problems(staticPage(rendered)), []);
    });
  }

  it('the styles are inside the shadow root only: nothing global for the host page', async () => {
    const { html } = await renderStatic({ lang: 'pl' });
    const [, afterTemplate = ''] = html.split('</template>');
    assert.equal(html.match(/<style>/g)?.length, 1);
    assert.ok(html.indexOf('<style>') > html.indexOf('<template shadowrootmode="open">'));
    assert.doesNotMatch(afterTemplate, /<style|<link/);
  });

  it('the validator does see mistakes (a control for the test)', async () => {
    assert.notDeepEqual(await problems(inPartnerPage('<spot-the-signs><p><div>block in a paragraph</div></p></spot-the-signs>')), []);
  });
});
