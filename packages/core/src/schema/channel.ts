import * as z from 'zod/mini';
import { email, httpsUrl, isoDate, kebabId, phoneNumber, smsNumber } from './common.js';
import { CHANNEL_AUDIENCES, CHANNEL_KINDS, CONSENT_MODELS, JURISDICTIONS, WEEKDAYS } from './vocabulary.js';

const time = z.string().check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/));

/** Opening hours as data, so every language can format them (weekday names come from `Intl`). */
export const openingHoursSchema = z.object({
  alwaysOpen: z.boolean(),
  periods: z.optional(
    z.array(
      z.object({
        days: z.array(z.enum(WEEKDAYS)).check(z.minLength(1)),
        opens: time,
        closes: time,
      }),
    ),
  ),
});

/** Languages a channel can talk in. */
export const channelLanguagesSchema = z.object({
  /** BCP-47 codes of languages staff speak directly. */
  spoken: z.optional(z.array(z.string().check(z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/)))),
  /** True when an interpreter can join the call. */
  viaInterpreter: z.boolean(),
  /** "Over N languages", as the channel itself states it. */
  atLeast: z.optional(z.number().check(z.int(), z.positive())),
});

/**
 * A way to report, or to get help. Names of organisations, numbers and addresses are data (never
 * translated); what the channel is for is text under `channels.<id>` in the locale files.
 */
export const channelSchema = z.object({
  id: kebabId,
  jurisdictions: z.array(z.enum(JURISDICTIONS)).check(z.minLength(1)),
  kind: z.enum(CHANNEL_KINDS),
  /** The organisation's own name; never translated. */
  organisation: z.string().check(z.minLength(2), z.maxLength(120)),
  phone: z.optional(phoneNumber),
  /** Text relay or textphone access for people who are deaf or hard of hearing, or who cannot speak. */
  textRelay: z.optional(phoneNumber),
  sms: z.optional(smsNumber),
  email: z.optional(email),
  url: z.optional(httpsUrl),
  hours: z.optional(openingHoursSchema),
  languages: z.optional(channelLanguagesSchema),
  /** True when you can use it without giving your name. */
  anonymous: z.boolean(),
  for: z.array(z.enum(CHANNEL_AUDIENCES)).check(z.minLength(1)),
  consent: z.optional(z.enum(CONSENT_MODELS)),
  /** The date a person last checked the number and address against the source. */
  verifiedAt: isoDate,
  /** Ids of entries in `data/sources.json`. */
  sources: z.array(kebabId).check(z.minLength(1)),
});

export type Channel = z.infer<typeof channelSchema>;
export type OpeningHours = z.infer<typeof openingHoursSchema>;
export type ChannelLanguages = z.infer<typeof channelLanguagesSchema>;
