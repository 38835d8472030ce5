/**
 * The reference for `parseWidgetConfig`: the configuration parsed field by field with the zod schemas of
 * `src/schema`, exactly as `src/config.ts` did before it moved to the hand-written checks of
 * `src/config-checks.ts` (to keep zod out of the embed). `config-checks.test.ts` compares the two.
 */
import type * as z from 'zod/mini';
import { CONFIG_ALLOWED, CONFIG_ATTRIBUTES, describeValue, WIDGET_DEFAULTS } from '../src/config.js';
import type { ConfigError, ConfigField, ParsedConfig, ParseOptions } from '../src/config.js';
import { exitUrlSchema, partnerChannelSchema, widgetConfigSchema } from '../src/schema/config.js';
import type { PartnerChannel, StringOverrides, WidgetConfig } from '../src/schema/config.js';
import { languageTag } from '../src/schema/locale.js';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

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

function errorFor(field: ConfigField, value: unknown, detail?: string): ConfigError {
  const attribute = CONFIG_ATTRIBUTES[field];
  const preview = describeValue(value);
  const allowed = CONFIG_ALLOWED[field];
  const message = `${attribute}: ${preview} is not allowed${detail ? ` (${detail})` : ''}; expected ${allowed}. Using the default instead.`;
  return { field, attribute, value: preview, allowed, message };
}

/** The first issue of a zod error as the warnings put it: `phone.tel: invalid format`. */
export function firstIssue(error: z.core.$ZodError | undefined): string | undefined {
  const issue = error?.issues[0];
  if (!issue) return undefined;
  const path = issue.path.length ? issue.path.map(String).join('.') : '';
  const text = issue.message && issue.message !== 'Invalid input' ? issue.message : issue.code.replace(/_/g, ' ');
  return path ? `${path}: ${text}` : text;
}

type SafeParseResult<T> = { success: true; data: T } | { success: false; error: z.core.$ZodError };

function tryParse<T>(schema: { safeParse(value: unknown): SafeParseResult<T> }, value: unknown): SafeParseResult<T> | undefined {
  try {
    return schema.safeParse(value);
  } catch {
    return undefined;
  }
}

function scalar(value: unknown): unknown {
  return typeof value === 'string' ? value.trim() || undefined : value;
}

function parseEnumField<F extends 'jurisdiction' | 'setting' | 'audience' | 'view' | 'quickExit' | 'minReview'>(
  field: F,
  raw: unknown,
  errors: ConfigError[],
): WidgetConfig[F] {
  const value = scalar(raw);
  if (value === undefined) return WIDGET_DEFAULTS[field];
  const result = tryParse(widgetConfigSchema.shape[field], value);
  if (result?.success) return result.data as WidgetConfig[F];
  errors.push(errorFor(field, raw));
  return WIDGET_DEFAULTS[field];
}

function parseChannels(raw: unknown, errors: ConfigError[]): PartnerChannel[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    errors.push(errorFor('channels', raw));
    return [];
  }
  const channels: PartnerChannel[] = [];
  const seen = new Set<string>();
  Array.from(raw.slice(0, 20) as unknown[]).forEach((item, index) => {
    const result = tryParse(partnerChannelSchema, item);
    if (!result?.success) {
      errors.push(errorFor('channels', item, `item ${index}: ${result ? firstIssue(result.error) : 'unreadable'}`));
    } else if (seen.has(result.data.id)) {
      errors.push(errorFor('channels', item, `item ${index}: duplicate id "${result.data.id}"`));
    } else {
      seen.add(result.data.id);
      channels.push(result.data);
    }
  });
  if (raw.length > 20) errors.push(errorFor('channels', raw, `only the first 20 are used`));
  return channels;
}

function parseStrings(raw: unknown, errors: ConfigError[], known?: { has(key: string): boolean }): StringOverrides {
  const overrides: StringOverrides = Object.create(null) as StringOverrides;
  if (raw === undefined || raw === null) return overrides;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    errors.push(errorFor('strings', raw));
    return overrides;
  }
  for (const lang of ownKeys(raw)) {
    const texts = readOwn(raw, lang);
    if (FORBIDDEN_KEYS.has(lang) || !tryParse(languageTag, lang)?.success) {
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

/** `parseWidgetConfig` as it was with zod. */
export function parseWithZod(input: unknown, options: ParseOptions = {}): ParsedConfig {
  try {
    return parseFields(input, options);
  } catch {
    return {
      config: { ...WIDGET_DEFAULTS, channels: [], strings: Object.create(null) as StringOverrides },
      errors: [errorFor('channels', input, 'the configuration could not be read')],
    };
  }
}

function parseFields(input: unknown, options: ParseOptions): ParsedConfig {
  const errors: ConfigError[] = [];
  const get = (field: ConfigField) => readOwn(input, field);

  let lang: string | undefined;
  const rawLang = scalar(get('lang'));
  if (rawLang !== undefined) {
    if (tryParse(languageTag, rawLang)?.success) lang = rawLang as string;
    else errors.push(errorFor('lang', get('lang')));
  }

  let exitUrl = WIDGET_DEFAULTS.exitUrl;
  const rawExit = scalar(get('exitUrl'));
  if (rawExit !== undefined) {
    const result = tryParse(exitUrlSchema, rawExit);
    if (result?.success) exitUrl = result.data;
    else errors.push(errorFor('exitUrl', get('exitUrl')));
  }

  let headingLevel = WIDGET_DEFAULTS.headingLevel;
  const rawLevel = scalar(get('headingLevel'));
  if (rawLevel !== undefined) {
    const level = typeof rawLevel === 'string' && /^\d$/.test(rawLevel) ? Number(rawLevel) : rawLevel;
    const result = tryParse(widgetConfigSchema.shape.headingLevel, level);
    if (result?.success) headingLevel = result.data;
    else errors.push(errorFor('headingLevel', get('headingLevel')));
  }

  const config: WidgetConfig = {
    ...(lang ? { lang } : {}),
    jurisdiction: parseEnumField('jurisdiction', get('jurisdiction'), errors),
    setting: parseEnumField('setting', get('setting'), errors),
    audience: parseEnumField('audience', get('audience'), errors),
    view: parseEnumField('view', get('view'), errors),
    exitUrl,
    headingLevel,
    quickExit: parseEnumField('quickExit', get('quickExit'), errors),
    minReview: parseEnumField('minReview', get('minReview'), errors),
    channels: parseChannels(get('channels'), errors),
    strings: parseStrings(get('strings'), errors, options.knownStringKeys),
  };
  return { config, errors };
}
