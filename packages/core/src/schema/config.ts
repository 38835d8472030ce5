import * as z from 'zod/mini';
import { email, httpsUrl, kebabId, phoneNumber, smsNumber } from './common.js';
import { languageTag } from './locale.js';
import { AUDIENCES, CHANNEL_KINDS, JURISDICTIONS, REVIEW_STATUSES, VIEWS, WIDGET_SETTINGS } from './vocabulary.js';
import { CONFIG_FIELDS, QUICK_EXIT_MODES, START_SCREENS } from '../config-fields.js';

/** Text a partner gives either once for every language, or per language (`{"en-GB": "…", "cy": "…"}`). */
export const partnerText = z.union([
  z.string().check(z.minLength(1), z.maxLength(300)),
  z.record(languageTag, z.string().check(z.minLength(1), z.maxLength(300))),
]);

/**
 * A channel a partner adds, such as a council's own HMO enforcement team. It needs at least one way to
 * make contact. Links are limited to `tel:`, `sms:`, `mailto:` and `https:` by construction.
 */
export const partnerChannelSchema = z
  .object({
    id: kebabId,
    name: partnerText,
    description: z.optional(partnerText),
    kind: z._default(z.enum(CHANNEL_KINDS), 'online-report'),
    phone: z.optional(phoneNumber),
    sms: z.optional(smsNumber),
    email: z.optional(email),
    url: z.optional(httpsUrl),
    hours: z.optional(partnerText),
  })
  .check(
    z.refine((c) => Boolean(c.phone || c.sms || c.email || c.url), {
      message: 'a channel needs at least one of phone, sms, email or url',
    }),
  );

/** Quick exit destinations must be plain `https:` pages. */
export const exitUrlSchema = httpsUrl;

/**
 * The widget's configuration after parsing: every field present, every value allowed. What a partner writes,
 * with defaults, is {@link widgetConfigInputSchema}; the defaults are in the configuration table (config-fields.ts).
 */
export const widgetConfigSchema = z.object({
  lang: z.optional(languageTag),
  jurisdiction: z.enum(JURISDICTIONS),
  setting: z.enum(WIDGET_SETTINGS),
  audience: z.enum(AUDIENCES),
  view: z.enum(VIEWS),
  exitUrl: exitUrlSchema,
  headingLevel: z.number().check(z.int(), z.gte(1), z.lte(6)),
  quickExit: z.enum(QUICK_EXIT_MODES),
  /** Hide translations reviewed less than this (English, the source, always shows). */
  minReview: z.enum(REVIEW_STATUSES),
  start: z.enum(START_SCREENS),
  channels: z.array(partnerChannelSchema).check(z.maxLength(20)),
  strings: z.record(languageTag, z.record(z.string(), z.string().check(z.maxLength(1000)))),
});

type ParsedShape = typeof widgetConfigSchema.shape;
type DefaultedField = Exclude<keyof ParsedShape, 'lang'>;
type InputShape = { [F in keyof ParsedShape]: F extends DefaultedField ? z.ZodMiniDefault<ParsedShape[F]> : ParsedShape[F] };

/** A copy of each default (all flat), so a parse never hands out the table's own array or object. */
const copyOf = (value: unknown): unknown => (Array.isArray(value) ? [...value] : typeof value === 'object' && value !== null ? { ...value } : value);

/**
 * The configuration as a partner writes it: every field optional, a missing one taking its default from the
 * configuration table. The published `widget-config.schema.json` is this schema's input side.
 */
export const widgetConfigInputSchema = z.object(
  Object.fromEntries(
    Object.entries(widgetConfigSchema.shape).map(([field, schema]) => {
      const fallback = CONFIG_FIELDS[field as keyof ParsedShape].default;
      return [field, fallback === undefined ? schema : z._default(schema as z.ZodMiniType, () => copyOf(fallback))];
    }),
  ) as unknown as InputShape,
);

/** A channel as a partner writes it, e.g. `{ id, name, url }`: `kind` may be left out. */
export type PartnerChannel = z.input<typeof partnerChannelSchema>;
/** A channel after parsing: `kind` filled in. */
export type ParsedPartnerChannel = z.output<typeof partnerChannelSchema>;
export type PartnerText = z.infer<typeof partnerText>;
/** A configuration as a partner writes it (a JSON block, `parseWidgetConfig`'s input): every field optional. */
export type WidgetConfigInput = z.input<typeof widgetConfigInputSchema>;
/** A parsed configuration: every field present, every value allowed. */
export type WidgetConfig = z.output<typeof widgetConfigSchema>;
/** Per-locale string overrides: `{ "lt": { "whatToDo.heading": "…" } }`. */
export type StringOverrides = WidgetConfig['strings'];

export { AUDIENCES, JURISDICTIONS, VIEWS, WIDGET_SETTINGS };
