import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GENERATED_DOCS } from '../scripts/docs.js';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('generated docs are up to date (run `npm run docs` after changing the code)', () => {
  for (const [path, generate] of Object.entries(GENERATED_DOCS)) {
    it(path, () => {
      assert.equal(readFileSync(`${root}${path}`, 'utf8'), generate(), `${path} is out of date: run npm run docs`);
    });
  }

  it('the element reference lists every attribute and event', () => {
    const element = readFileSync(`${root}docs/reference/element.md`, 'utf8');
    for (const name of ['`jurisdiction`', '`exit-url`', '`min-review`', '`sts-exit`', '`sts-channel-click`', '`--sts-font-size`', '`exit-button`']) {
      assert.ok(element.includes(name), name);
    }
  });
});
