import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseWidgetConfig, WIDGET_DEFAULTS } from '../src/index.js';
import { throwingProxy } from './support/hostile.js';

const validChannel = {
  id: 'council-hmo-team',
  name: 'Example Council HMO enforcement team',
  phone: { tel: '+441234567890', display: '01234 567890' },
  url: 'https://example.gov.uk/hmo',
};

describe('parseWidgetConfig', () => {
  it('gives the documented defaults for an empty configuration', () => {
    const { config, errors } = parseWidgetConfig({});
    assert.deepEqual(errors, []);
    assert.deepEqual({ ...config, strings: { ...config.strings } }, { ...WIDGET_DEFAULTS, strings: {} });
  });

  it('accepts every valid field, including attribute strings', () => {
    const { config, errors } = parseWidgetConfig({
      lang: 'lt',
      jurisdiction: 'GB-CAM',
      setting: 'home',
      audience: 'landlord',
      view: 'me',
      exitUrl: 'https://www.example.org/',
      headingLevel: '3',
      quickExit: 'off',
      minReview: 'community-reviewed',
      channels: [validChannel],
      strings: { lt: { 'signs.heading': 'Ženklai' } },
    });
    assert.deepEqual(errors, []);
    assert.equal(config.lang, 'lt');
    assert.equal(config.jurisdiction, 'GB-CAM');
    assert.equal(config.headingLevel, 3);
    assert.equal(config.quickExit, 'off');
    assert.equal(config.channels[0]?.id, 'council-hmo-team');
    assert.equal(config.strings.lt?.['signs.heading'], 'Ženklai');
  });

  const invalid: [string, unknown, string][] = [
    ['jurisdiction', 'XX', 'jurisdiction'],
    ['setting', 'spaceship', 'setting'],
    ['audience', 'alien', 'audience'],
    ['view', 'them', 'view'],
    ['exitUrl', 'javascript:alert(1)', 'exit-url'],
    ['exitUrl', 'http://example.org', 'exit-url'],
    ['exitUrl', 'data:text/html,hi', 'exit-url'],
    ['headingLevel', '9', 'heading-level'],
    ['headingLevel', 2.5, 'heading-level'],
    ['quickExit', 'maybe', 'quick-exit'],
    ['minReview', 'perfect', 'min-review'],
    ['lang', '<script>', 'lang'],
    ['channels', 'not a list', 'channels'],
    ['strings', ['a'], 'strings'],
  ];
  for (const [field, value, attribute] of invalid) {
    it(`rejects ${field} = ${JSON.stringify(value)} with one readable error and the default`, () => {
      const { config, errors } = parseWidgetConfig({ [field]: value });
      assert.equal(errors.length, 1);
      assert.equal(errors[0]?.attribute, attribute);
      assert.match(errors[0]?.message ?? '', new RegExp(`^${attribute}: .* is not allowed.*expected .*default`));
      if (field === 'strings') assert.deepEqual(Object.keys(config.strings), []);
      else if (field in WIDGET_DEFAULTS) {
        assert.deepEqual(config[field as keyof typeof WIDGET_DEFAULTS], WIDGET_DEFAULTS[field as keyof typeof WIDGET_DEFAULTS]);
      }
    });
  }

  it('keeps the valid fields when others are invalid', () => {
    const { config, errors } = parseWidgetConfig({ jurisdiction: 'US', setting: 'nope', view: 'me' });
    assert.equal(errors.length, 1);
    assert.equal(config.jurisdiction, 'US');
    assert.equal(config.view, 'me');
    assert.equal(config.setting, 'general');
  });

  it('drops each invalid partner channel and keeps the valid ones', () => {
    const { config, errors } = parseWidgetConfig({
      channels: [
        validChannel,
        { id: 'no-contact', name: 'Nothing to call' },
        { id: 'bad-url', name: 'Bad', url: 'javascript:alert(1)' },
        { ...validChannel },
        { id: 'Bad Id', name: 'x', email: 'a@b.example' },
      ],
    });
    assert.deepEqual(config.channels.map((c) => c.id), ['council-hmo-team']);
    assert.equal(errors.length, 4);
    assert.ok(errors.every((e) => e.attribute === 'channels'));
    assert.match(errors[2]?.message ?? '', /duplicate id/);
  });

  it('rejects unknown string keys when the known keys are given', () => {
    const known = new Set(['signs.heading']);
    const { config, errors } = parseWidgetConfig(
      { strings: { 'en-GB': { 'signs.heading': 'Signs', 'made.up': 'x' }, 'not a tag': { a: 'b' } } },
      { knownStringKeys: known },
    );
    assert.equal(config.strings['en-GB']?.['signs.heading'], 'Signs');
    assert.equal(config.strings['en-GB']?.['made.up'], undefined);
    assert.equal(errors.length, 2);
  });

  it('never lets __proto__ or constructor keys through', () => {
    const input = JSON.parse('{"strings": {"__proto__": {"x": "y"}, "en-GB": {"__proto__": "polluted", "constructor": "x"}}}');
    const { config, errors } = parseWidgetConfig(input);
    assert.equal(Object.getPrototypeOf(config.strings), null);
    assert.equal(({} as Record<string, unknown>).x, undefined);
    assert.equal(Object.keys(config.strings['en-GB'] ?? {}).length, 0);
    assert.equal(errors.length, 3);
  });

  it('never throws, whatever it is given', () => {
    const hostile = throwingProxy();
    const throwingGetter = Object.defineProperty({}, 'jurisdiction', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const inputs: unknown[] = [undefined, null, 42, 'string', [], hostile, throwingGetter, { channels: [hostile] }, { strings: { en: hostile } }, { channels: new Array(50).fill(validChannel) }];
    for (const input of inputs) {
      const { config } = parseWidgetConfig(input);
      assert.equal(typeof config.jurisdiction, 'string');
    }
  });

  it('names the value in the message but cuts long values short', () => {
    const { errors } = parseWidgetConfig({ setting: 'x'.repeat(500) });
    assert.ok((errors[0]?.value.length ?? 0) <= 60);
  });
});
