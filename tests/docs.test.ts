import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GENERATED_DOCS, SNIPPET_INTEGRITY } from '../scripts/docs.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The snippet's integrity value changes with every edit to the widget; the release step writes it
 * (`npm run version-packages`) and checks it before publishing. Here it is compared as a placeholder.
 */
const withoutIntegrityValue = (text: string) => text.replace(SNIPPET_INTEGRITY, 'integrity="(written at release)"');

describe('generated docs are up to date (run `npm run docs` after changing the code)', () => {
  for (const [path, generate] of Object.entries(GENERATED_DOCS)) {
    it(path, () => {
      assert.equal(
        withoutIntegrityValue(readFileSync(`${root}${path}`, 'utf8')),
        withoutIntegrityValue(generate()),
        `${path} is out of date: run npm run docs`,
      );
    });
  }

  it('the getting-started snippet loads this version of the widget from the CDN, with a sha384 integrity value', () => {
    const page = readFileSync(`${root}docs/getting-started.md`, 'utf8');
    const version = (JSON.parse(readFileSync(`${root}packages/widget/package.json`, 'utf8')) as { version: string }).version;
    const snippet = /<script type="module"\s+src="([^"]+)"\s+integrity="([^"]+)"\s+crossorigin="anonymous" referrerpolicy="no-referrer"><\/script>/.exec(page);
    assert.ok(snippet, 'no CDN script tag with src, integrity, crossorigin and referrerpolicy');
    assert.equal(snippet[1], `https://cdn.jsdelivr.net/npm/@spot-the-signs/widget@${version}/dist/cdn/spot-the-signs.js`);
    // SHA-384 is 48 bytes: 64 characters of base64, no padding.
    assert.match(snippet[2]!, /^sha384-[A-Za-z0-9+/]{64}$/);
    assert.equal(SNIPPET_INTEGRITY.exec(page)?.[1], snippet[2], 'one integrity attribute on the page, the snippet\'s');
  });

  it('the element reference lists every attribute and event', () => {
    const element = readFileSync(`${root}docs/reference/element.md`, 'utf8');
    for (const name of ['`jurisdiction`', '`exit-url`', '`min-review`', '`sts-exit`', '`sts-channel-click`', '`--sts-font-size`', '`exit-button`']) {
      assert.ok(element.includes(name), name);
    }
  });
});
