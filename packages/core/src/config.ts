// Only types from ./schema: its zod schemas stay out of the embed (see config-checks.ts for why).
import { checkHttpsUrl, checkPartnerChannel, isHeadingLevel, isLanguageTag, isOneOf } from './config-checks.js';
import type { Checked, CheckFailure } from './config-checks.js';
import type { ParsedPartnerChannel, StringOverrides, WidgetConfig } from './schema/config.js';
import { CONFIG_FIELD_NAMES, CONFIG_FIELDS } from './config-fields.js';
import type { ConfigField } from './config-fields.js';

/** One column of the table, by field: `{ lang: 'lang', exitUrl: 'exit-url', … }`. */
function fieldColumn<C extends 'attribute' | 'allowed'>(column: C): { readonly [F in ConfigField]: (typeof CONFIG_FIELDS)[F][C] } {
  return Object.fromEntries(CONFIG_FIELD_NAMES.map((field) => [field, CONFIG_FIELDS[field][column]])) as { [F in ConfigField]: (typeof CONFIG_FIELDS)[F][C] };
}

/** The defaults every invalid or missing field falls back to (from {@link CONFIG_FIELDS}). */
export const WIDGET_DEFAULTS: Readonly<Omit<WidgetConfig, 'lang'>> = Object.freeze(
  Object.fromEntries(CONFIG_FIELD_NAMES.filter((field) => field !== 'lang').map((field) => [field, CONFIG_FIELDS[field].default])) as Omit<WidgetConfig, 'lang'>,
);

/** The HTML attribute for each configuration field, so messages name what a partner actually wrote. */
export const CONFIG_ATTRIBUTES = fieldColumn('attribute') satisfies Record<keyof WidgetConfig, string>;

export type { ConfigField };

/** One rejected value: which field, what was given, what is allowed. */
export interface ConfigError {
  field: ConfigField;
  /** The attribute or property name a partner writes, e.g. `exit-url`. */
  attribute: string;
  /** A short, printable preview of the rejected value (never the value itself). */
  value: string;
  allowed: string;
  message: string;
}

export interface ParsedConfig {
  config: WidgetConfig;
  errors: ConfigError[];
}

export interface ParseOptions {
  /** Known string keys; overrides for other keys are rejected. */
  knownStringKeys?: { has(key: string): boolean };
}

const MAX_PREVIEW = 60;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A printable preview of any value, however hostile; never throws. */
export function describeValue(value: unknown): string {
  let text: string;
  try {
    if (typeof value === 'string') text = JSON.stringify(value);
    else if (value === null || typeof value !== 'object') text = String(value);
    else if (Array.isArray(value)) text = `an array of ${value.length}`;
    else text = 'an object';
  } catch {
    text = 'an unreadable value';
  }
  return text.length > MAX_PREVIEW ? `${text.slice(0, MAX_PREVIEW - 1)}…` : text;
}

/** Reads an own property without invoking setters or inherited values; a throwing getter reads as undefined. */
function readOwn(source: unknown, key: string): unknown {
  if (source === null || typeof source !== 'object') return undefined;
  try {
    return Object.prototype.hasOwnProperty.call(source, key) ? (source as Record<string, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}

function ownKeys(source: unknown): string[] {
  try {
    return source !== null && typeof source === 'object' ? Object.keys(source) : [];
  } catch {
    return [];
  }
}

/** What each field accepts, in words: used in warnings and in the generated configuration reference. */
export const CONFIG_ALLOWED = fieldColumn('allowed');

function errorFor(field: ConfigField, value: unknown, detail?: string): ConfigError {
  const attribute = CONFIG_ATTRIBUTES[field];
  const preview = describeValue(value);
  const allowed = CONFIG_ALLOWED[field];
  const message = `${attribute}: ${preview} is not allowed${detail ? ` (${detail})` : ''}; expected ${allowed}. Using the default instead.`;
  return { field, attribute, value: preview, allowed, message };
}

/** Where and what, e.g. `phone.tel: invalid format`. */
function describeFailure({ path, problem }: CheckFailure): string {
  return path.length ? `${path.join('.')}: ${problem}` : problem;
}

export type ChoiceField = 'jurisdiction' | 'setting' | 'audience' | 'view' | 'quickExit' | 'minReview' | 'start';

/**
 * How each field's value is judged. The widget uses the small checks of config-checks.ts; the tests run the
 * same parse with checks built on the zod schemas, and require the two to agree.
 */
export interface FieldChecks {
  languageTag(value: unknown): boolean;
  exitUrl(value: unknown): Checked<string>;
  headingLevel(value: unknown): boolean;
  choice<F extends ChoiceField>(field: F, value: unknown): value is WidgetConfig[F];
  channel(value: unknown): Checked<ParsedPartnerChannel>;
}

/** The values each enumerated field accepts (the enums of `widgetConfigSchema`; the tests hold them equal). */
export const CONFIG_CHOICES = Object.fromEntries(
  (['jurisdiction', 'setting', 'audience', 'view', 'quickExit', 'minReview', 'start'] as const).map((field) => [field, CONFIG_FIELDS[field].choices]),
) as { readonly [F in ChoiceField]: (typeof CONFIG_FIELDS)[F]['choices'] } satisfies { [F in ChoiceField]: readonly WidgetConfig[F][] };

const RUNTIME_CHECKS: FieldChecks = {
  languageTag: isLanguageTag,
  exitUrl: checkHttpsUrl,
  headingLevel: isHeadingLevel,
  choice: <F extends ChoiceField>(field: F, value: unknown): value is WidgetConfig[F] => isOneOf<string>(CONFIG_CHOICES[field], value),
  channel: checkPartnerChannel,
};

/** Attribute values arrive as strings; trim them and treat empty as absent. */
function scalar(value: unknown): unknown {
  return typeof value === 'string' ? value.trim() || undefined : value;
}

function parseEnumField<F extends ChoiceField>(field: F, raw: unknown, errors: ConfigError[], checks: FieldChecks): WidgetConfig[F] {
  const value = scalar(raw);
  if (value === undefined) return WIDGET_DEFAULTS[field];
  if (checks.choice(field, value)) return value;
  errors.push(errorFor(field, raw));
  return WIDGET_DEFAULTS[field];
}

function parseChannels(raw: unknown, errors: ConfigError[], checks: FieldChecks): ParsedPartnerChannel[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    errors.push(errorFor('channels', raw));
    return [];
  }
  const channels: ParsedPartnerChannel[] = [];
  const seen = new Set<string>();
  Array.from(raw.slice(0, 20) as unknown[]).forEach((item, index) => {
    let result: Checked<ParsedPartnerChannel> | undefined;
    try {
      result = checks.channel(item);
    } catch {
      // A proxy or a getter that throws: reported as unreadable below.
    }
    if (!result?.ok) {
      errors.push(errorFor('channels', item, `item ${index}: ${result ? describeFailure(result) : 'unreadable'}`));
    } else if (seen.has(result.value.id)) {
      errors.push(errorFor('channels', item, `item ${index}: duplicate id "${result.value.id}"`));
    } else {
      seen.add(result.value.id);
      channels.push(result.value);
    }
  });
  if (raw.length > 20) errors.push(errorFor('channels', raw, `only the first 20 are used`));
  return channels;
}

function parseStrings(raw: unknown, errors: ConfigError[], checks: FieldChecks, known?: { has(key: string): boolean }): StringOverrides {
  const overrides: StringOverrides = Object.create(null) as StringOverrides;
  if (raw === undefined || raw === null) return overrides;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    errors.push(errorFor('strings', raw));
    return overrides;
  }
  for (const lang of ownKeys(raw)) {
    const texts = readOwn(raw, lang);
    if (FORBIDDEN_KEYS.has(lang) || !checks.languageTag(lang)) {
      errors.push(errorFor('strings', lang, 'not a language tag'));
      continue;
    }
    if (texts === null || typeof texts !== 'object' || Array.isArray(texts)) {
      errors.push(errorFor('strings', texts, `"${lang}" must map text keys to text`));
      continue;
    }
    const accepted: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const key of ownKeys(texts)) {
      const text = readOwn(texts, key);
      if (FORBIDDEN_KEYS.has(key) || key.length > 100 || (known && !known.has(key))) {
        errors.push(errorFor('strings', key, `"${lang}": unknown text key`));
      } else if (typeof text !== 'string' || text.length === 0 || text.length > 1000) {
        errors.push(errorFor('strings', text, `"${lang}.${key}": must be plain text of 1 to 1,000 characters`));
      } else {
        accepted[key] = text;
      }
    }
    overrides[lang] = accepted;
  }
  return overrides;
}

/**
 * Parses a widget configuration from attributes, properties or a JSON block. It never throws: each
 * invalid field is reported in `errors` and replaced by its default, so the widget can always render
 * (and the emergency number always shows).
 */
export function parseWidgetConfig(input: unknown, options: ParseOptions = {}): ParsedConfig {
  return parseConfigWith(RUNTIME_CHECKS, input, options);
}

/** {@link parseWidgetConfig} with the given checks (the tests pass checks built on the zod schemas). */
export function parseConfigWith(checks: FieldChecks, input: unknown, options: ParseOptions = {}): ParsedConfig {
  try {
    return parseFields(input, options, checks);
  } catch {
    // Only a value built to defeat the checks above gets here; it must still not break the page.
    return {
      config: { ...WIDGET_DEFAULTS, channels: [], strings: Object.create(null) as StringOverrides },
      errors: [errorFor('channels', input, 'the configuration could not be read')],
    };
  }
}

function parseFields(input: unknown, options: ParseOptions, checks: FieldChecks): ParsedConfig {
  const errors: ConfigError[] = [];
  const get = (field: ConfigField) => readOwn(input, field);

  let lang: string | undefined;
  const rawLang = scalar(get('lang'));
  if (rawLang !== undefined) {
    if (checks.languageTag(rawLang)) lang = rawLang as string;
    else errors.push(errorFor('lang', get('lang')));
  }

  let exitUrl = WIDGET_DEFAULTS.exitUrl;
  const rawExit = scalar(get('exitUrl'));
  if (rawExit !== undefined) {
    const result = checks.exitUrl(rawExit);
    if (result.ok) exitUrl = result.value;
    else errors.push(errorFor('exitUrl', get('exitUrl')));
  }

  let headingLevel = WIDGET_DEFAULTS.headingLevel;
  const rawLevel = scalar(get('headingLevel'));
  if (rawLevel !== undefined) {
    const level = typeof rawLevel === 'string' && /^\d$/.test(rawLevel) ? Number(rawLevel) : rawLevel;
    if (checks.headingLevel(level)) headingLevel = level as number;
    else errors.push(errorFor('headingLevel', get('headingLevel')));
  }

  const config: WidgetConfig = {
    ...(lang ? { lang } : {}),
    jurisdiction: parseEnumField('jurisdiction', get('jurisdiction'), errors, checks),
    setting: parseEnumField('setting', get('setting'), errors, checks),
    audience: parseEnumField('audience', get('audience'), errors, checks),
    view: parseEnumField('view', get('view'), errors, checks),
    exitUrl,
    headingLevel,
    quickExit: parseEnumField('quickExit', get('quickExit'), errors, checks),
    minReview: parseEnumField('minReview', get('minReview'), errors, checks),
    start: parseEnumField('start', get('start'), errors, checks),
    channels: parseChannels(get('channels'), errors, checks),
    strings: parseStrings(get('strings'), errors, checks, options.knownStringKeys),
  };
  return { config, errors };
}
