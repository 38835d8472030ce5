/**
 * The configuration table (src/config-fields.ts) against what cannot be derived from it in code: the zod output
 * schema (its fields, enums and optionality), the input schema's defaults, the published JSON Schema, the
 * hand-written checks, and the TypeScript types named in its `type` column. Every list derived from the table
 * (defaults, attributes, choices, allowed) is held equal to it too, so a hand edit to one of them fails here.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CONFIG_FIELD_DOCS, CONFIG_FIELD_NAMES, CONFIG_FIELDS, HEADING_LEVELS } from '../src/config-fields.js';
import type { ConfigField, ConfigFieldSpec, HeadingLevel, QuickExitMode, StartScreen } from '../src/config-fields.js';
import { CONFIG_ALLOWED, CONFIG_ATTRIBUTES, CONFIG_CHOICES, parseWidgetConfig, WIDGET_DEFAULTS } from '../src/config.js';
import type { ChoiceField } from '../src/config.js';
import { isHeadingLevel } from '../src/config-checks.js';
import { partnerChannelSchema, widgetConfigInputSchema, widgetConfigSchema } from '../src/schema/config.js';
import type { PartnerChannel, StringOverrides, WidgetConfig } from '../src/schema/config.js';
import type { Audience, Jurisdiction, ReviewStatus, View, WidgetSetting } from '../src/schema/vocabulary.js';
import { CHANNEL_CONTACTS, widgetConfigJsonSchema } from '../scripts/widget-config-schema.js';

const fields = Object.entries(CONFIG_FIELDS) as [ConfigField, ConfigFieldSpec][];
const withChoices = fields.filter(([, spec]) => 'choices' in spec);
type ZodLike = { def: { type: string; defaultValue?: unknown }; safeParse(value: unknown): { success: boolean; data?: unknown } };
const outputShape = widgetConfigSchema.shape as unknown as Record<ConfigField, ZodLike & { options?: readonly unknown[] }>;
const inputShape = widgetConfigInputSchema.shape as unknown as Record<ConfigField, ZodLike>;

// ─── Types: each name in the `type` column is the type of the table's values ────────────────────────────────

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** The types the `type` column names, by name: a name missing here fails to compile. */
interface NamedTypes {
  string: string;
  Jurisdiction: Jurisdiction;
  WidgetSetting: WidgetSetting;
  Audience: Audience;
  View: View;
  'HeadingLevel | `${HeadingLevel}`': HeadingLevel | `${HeadingLevel}`;
  QuickExitMode: QuickExitMode;
  ReviewStatus: ReviewStatus;
  StartScreen: StartScreen;
  'PartnerChannel[]': PartnerChannel[];
  StringOverrides: StringOverrides;
}
type Spec<F extends ConfigField> = (typeof CONFIG_FIELDS)[F];
type Words<F extends ConfigField> = (typeof CONFIG_FIELD_DOCS)[F];
/** For a field with choices, its named type is exactly their union (a heading level may also be written as text). */
const typesAreTheChoices: { [F in ConfigField as Spec<F> extends { choices: readonly unknown[] } ? F : never]: true } = {
  jurisdiction: true satisfies Same<NamedTypes[Words<'jurisdiction'>['type']], Spec<'jurisdiction'>['choices'][number]>,
  setting: true satisfies Same<NamedTypes[Words<'setting'>['type']], Spec<'setting'>['choices'][number]>,
  audience: true satisfies Same<NamedTypes[Words<'audience'>['type']], Spec<'audience'>['choices'][number]>,
  view: true satisfies Same<NamedTypes[Words<'view'>['type']], Spec<'view'>['choices'][number]>,
  headingLevel: true satisfies Same<NamedTypes[Words<'headingLevel'>['type']], Spec<'headingLevel'>['choices'][number] | `${Spec<'headingLevel'>['choices'][number]}`>,
  quickExit: true satisfies Same<NamedTypes[Words<'quickExit'>['type']], Spec<'quickExit'>['choices'][number]>,
  minReview: true satisfies Same<NamedTypes[Words<'minReview'>['type']], Spec<'minReview'>['choices'][number]>,
  start: true satisfies Same<NamedTypes[Words<'start'>['type']], Spec<'start'>['choices'][number]>,
};
/** A parsed value of each field is one a partner may write. */
const parsedValuesFitTheInputTypes: { [F in Exclude<ConfigField, 'headingLevel'>]: true } = {
  lang: true satisfies Same<NonNullable<WidgetConfig['lang']>, NamedTypes[Words<'lang'>['type']]>,
  jurisdiction: true satisfies Same<WidgetConfig['jurisdiction'], NamedTypes[Words<'jurisdiction'>['type']]>,
  setting: true satisfies Same<WidgetConfig['setting'], NamedTypes[Words<'setting'>['type']]>,
  audience: true satisfies Same<WidgetConfig['audience'], NamedTypes[Words<'audience'>['type']]>,
  view: true satisfies Same<WidgetConfig['view'], NamedTypes[Words<'view'>['type']]>,
  exitUrl: true satisfies Same<WidgetConfig['exitUrl'], NamedTypes[Words<'exitUrl'>['type']]>,
  quickExit: true satisfies Same<WidgetConfig['quickExit'], NamedTypes[Words<'quickExit'>['type']]>,
  minReview: true satisfies Same<WidgetConfig['minReview'], NamedTypes[Words<'minReview'>['type']]>,
  start: true satisfies Same<WidgetConfig['start'], NamedTypes[Words<'start'>['type']]>,
  channels: true satisfies WidgetConfig['channels'] extends NamedTypes[Words<'channels'>['type']] ? true : false,
  strings: true satisfies Same<WidgetConfig['strings'], NamedTypes[Words<'strings'>['type']]>,
};

describe('the configuration table', () => {
  it('names every type it uses (checked by tsc)', () => {
    assert.deepEqual(Object.keys(typesAreTheChoices).sort(), withChoices.map(([field]) => field).sort());
    assert.equal(Object.keys(parsedValuesFitTheInputTypes).length, fields.length - 1);
  });

  it('has the fields of the zod schema, in the same order, and every field a description and a version', () => {
    assert.deepEqual(Object.keys(widgetConfigSchema.shape), CONFIG_FIELD_NAMES);
    assert.deepEqual(Object.keys(widgetConfigInputSchema.shape), CONFIG_FIELD_NAMES);
    assert.deepEqual(Object.keys(CONFIG_FIELD_DOCS), CONFIG_FIELD_NAMES, 'the words, in the same order');
    for (const [field, words] of Object.entries(CONFIG_FIELD_DOCS)) {
      assert.match(words.description, /^[A-Z`].{10,}[.)]$/, `${field}: a sentence for partners`);
      assert.match(words.since, /^\d+\.\d+\.\d+$/, `${field}: since`);
    }
  });

  for (const [field, spec] of withChoices) {
    it(`${field}: the zod schema and the hand-written checks allow exactly its choices`, () => {
      const choices = spec.choices!;
      if (field === 'headingLevel') {
        const candidates = [-1, 0, 0.5, ...HEADING_LEVELS, 6.5, 7, 8, '3', NaN];
        assert.deepEqual(candidates.filter((value) => outputShape.headingLevel.safeParse(value).success), choices);
        assert.deepEqual(candidates.filter(isHeadingLevel), choices);
      } else {
        assert.deepEqual(outputShape[field].options, choices, 'the zod enum, in order');
        assert.deepEqual(CONFIG_CHOICES[field as ChoiceField], choices, 'CONFIG_CHOICES');
        for (const choice of choices) {
          assert.deepEqual(parseWidgetConfig({ [field]: choice }).errors, [], `${field}="${choice}"`);
        }
        assert.equal(parseWidgetConfig({ [field]: 'not-a-choice' }).errors[0]?.field, field, 'a value outside the choices');
      }
    });
  }

  it('CONFIG_CHOICES has a list for exactly the text fields with choices', () => {
    assert.deepEqual(
      Object.keys(CONFIG_CHOICES),
      withChoices.filter(([, spec]) => typeof spec.choices?.[0] === 'string').map(([field]) => field),
    );
  });

  it('optionality: only `lang` may be missing after parsing; a partner may leave out every field', () => {
    for (const [field, spec] of fields) {
      assert.equal(outputShape[field].def.type === 'optional', spec.default === undefined, `${field}: optional in the parsed configuration`);
      assert.ok(inputShape[field].safeParse(undefined).success, `${field}: optional in the input`);
    }
  });

  for (const [field, spec] of fields) {
    it(`${field}: one default, everywhere (${JSON.stringify(spec.default) ?? 'worked out from the page'})`, () => {
      const parsed = (parseWidgetConfig({}).config as Record<string, unknown>)[field];
      // The parsed overrides have no prototype (see parseStrings): compared as a plain object.
      const plain = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? { ...parsed } : parsed;
      assert.deepEqual(plain, spec.default, 'parseWidgetConfig of nothing');
      assert.deepEqual(inputShape[field].safeParse(undefined).data, spec.default, 'the input schema');
      assert.deepEqual((WIDGET_DEFAULTS as Record<string, unknown>)[field], spec.default, 'WIDGET_DEFAULTS');
      if (spec.default !== undefined) assert.ok(outputShape[field].safeParse(spec.default).success, 'an allowed value');
      assert.equal(CONFIG_ATTRIBUTES[field], spec.attribute, 'CONFIG_ATTRIBUTES');
      assert.equal(CONFIG_ALLOWED[field], spec.allowed, 'CONFIG_ALLOWED');
    });
  }

  it('a parsed default is a copy: changing it leaves the next parse alone', () => {
    const first = widgetConfigInputSchema.parse({});
    first.channels.push({ id: 'x', name: 'x', kind: 'helpline', url: 'https://example.org/' });
    assert.deepEqual(widgetConfigInputSchema.parse({}).channels, []);
    assert.deepEqual(CONFIG_FIELDS.channels.default, []);
  });
});

describe('the published JSON Schema (widget-config.schema.json) describes what a partner writes', () => {
  const schema = widgetConfigJsonSchema() as {
    required?: string[];
    additionalProperties: boolean;
    properties: Record<string, { default?: unknown; enum?: unknown[]; description?: string; items?: { required?: string[]; properties: Record<string, unknown> } }>;
  };

  it('requires nothing, and knows every field of the table (and `$schema`)', () => {
    assert.equal(schema.required, undefined);
    assert.equal(schema.additionalProperties, false);
    assert.deepEqual(Object.keys(schema.properties), ['$schema', ...CONFIG_FIELD_NAMES]);
  });

  for (const [field, spec] of fields) {
    it(`${field}: the table's default, choices and description`, () => {
      const property = schema.properties[field]!;
      assert.deepEqual(property.default, spec.default);
      if ('choices' in spec && field !== 'headingLevel') assert.deepEqual(property.enum, spec.choices);
      assert.equal(property.description, CONFIG_FIELD_DOCS[field].description);
    });
  }

  it('a channel needs an id, a name and one way to get in touch (its kind has a default)', () => {
    const channel = schema.properties.channels?.items as { required?: string[]; anyOf?: { required: string[] }[]; properties: Record<string, unknown> };
    assert.deepEqual(channel.required, ['id', 'name']);
    const ways = (channel.anyOf ?? []).flatMap((alternative) => alternative.required);
    assert.deepEqual(ways, [...CHANNEL_CONTACTS]);
    for (const way of ways) {
      assert.ok(way in channel.properties, way);
      const base = { id: 'our-team', name: 'Our team' };
      const example = { phone: { tel: '+441632960123', display: '01632 960 123' }, sms: { tel: '61016', display: '61016' }, email: 'team@example.org', url: 'https://example.org/' }[way];
      assert.ok(partnerChannelSchema.safeParse({ ...base, [way]: example }).success, `zod: ${way} alone is enough`);
    }
    assert.equal(partnerChannelSchema.safeParse({ id: 'our-team', name: 'Our team' }).success, false, 'zod: none is not enough');
  });
});
