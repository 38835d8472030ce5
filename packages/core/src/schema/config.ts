import * as z from 'zod/mini';
import { email, httpsUrl, kebabId, phoneNumber, smsNumber } from './common.js';
import { languageTag } from './locale.js';
import { AUDIENCES, CHANNEL_KINDS, JURISDICTIONS, REVIEW_STATUSES, VIEWS, WIDGET_SETTINGS } from './vocabulary.js';

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
 * The widget's configuration after parsing: every field present, every value allowed.
 * Defaults are documented in `docs/configuration.md` and held in {@link WIDGET_DEFAULTS}.
 */
export const widgetConfigSchema = z.object({
  lang: z.optional(languageTag),
  jurisdiction: z.enum(JURISDICTIONS),
  setting: z.enum(WIDGET_SETTINGS),
  audience: z.enum(AUDIENCES),
  view: z.enum(VIEWS),
  exitUrl: exitUrlSchema,
  headingLevel: z.number().check(z.int(), z.gte(1), z.lte(6)),
  quickExit: z.enum(['on', 'off']),
  /** Hide translations reviewed less than this (English, the source, always shows). */
  minReview: z.enum(REVIEW_STATUSES),
  channels: z.array(partnerChannelSchema).check(z.maxLength(20)),
  strings: z.record(languageTag, z.record(z.string(), z.string().check(z.maxLength(1000)))),
});

export type PartnerChannel = z.infer<typeof partnerChannelSchema>;
export type PartnerText = z.infer<typeof partnerText>;
export type WidgetConfig = z.infer<typeof widgetConfigSchema>;
/** Per-locale string overrides: `{ "lt": { "whatToDo.heading": "…" } }`. */
export type StringOverrides = WidgetConfig['strings'];

export { AUDIENCES, JURISDICTIONS, VIEWS, WIDGET_SETTINGS };
