import * as z from 'zod/mini';
import { email, httpsUrl, kebabId, phoneNumber, smsNumber } from './common.js';
import { claim, textEvidence } from './evidence.js';
import { CHANNEL_AUDIENCES, CHANNEL_KINDS, JURISDICTIONS, SHARING_POLICIES, WEEKDAYS } from './vocabulary.js';

const time = z.string().check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/));

/** Opening hours as data, so every language can format them (weekday names come from `Intl`). */
export const openingHoursSchema = z.strictObject({
  alwaysOpen: z.boolean(),
  periods: z.optional(
    z.array(
      z.strictObject({
        days: z.array(z.enum(WEEKDAYS)).check(z.minLength(1)),
        opens: time,
        closes: time,
      }),
    ),
  ),
});

/** Languages a channel can talk in. */
export const channelLanguagesSchema = z.strictObject({
  /** BCP-47 codes of languages staff speak directly. */
  spoken: z.optional(z.array(z.string().check(z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/)))),
  /** True when an interpreter can join the call. */
  viaInterpreter: z.optional(z.boolean()),
  /** "Over N languages", as the channel itself states it. */
  atLeast: z.optional(z.number().check(z.int(), z.positive())),
});

/**
 * A way to report, or to get help. Every fact a reader could act on (who runs it, its numbers and
 * addresses, hours, cost, whether you must give your name, what it shares and with whom, languages, who it
 * is for) is a claim with its own evidence; a fact we could not evidence is absent, never guessed. The
 * service's name is its identity, not a claim. What the channel is for is text under `channels.<id>` in the
 * locale files, backed by `purpose`.
 */
export const channelSchema = z.strictObject({
  id: kebabId,
  jurisdictions: z.array(z.enum(JURISDICTIONS)).check(z.minLength(1)),
  kind: z.enum(CHANNEL_KINDS),
  /** The service's own name, as it writes it; never translated. */
  name: z.string().check(z.minLength(2), z.maxLength(120)),
  /** Who runs it. A safety claim: a reader decides whom to trust by it. */
  operator: z.optional(claim(z.string().check(z.minLength(2), z.maxLength(160)))),
  phone: z.optional(claim(phoneNumber)),
  /** Text relay or textphone access for people who are deaf or hard of hearing, or who cannot speak. */
  textRelay: z.optional(claim(phoneNumber)),
  sms: z.optional(claim(smsNumber)),
  email: z.optional(claim(email)),
  /** A page where a reader can contact, report or get help (not a news story about the service). */
  url: z.optional(claim(httpsUrl)),
  hours: z.optional(claim(openingHoursSchema)),
  /** Free to call. */
  free: z.optional(claim(z.boolean())),
  /** True: you do not have to give your name. False: you do. A safety claim. */
  anonymous: z.optional(claim(z.boolean())),
  /** What happens to what you tell it, and with whom it is shared. A safety claim. */
  sharing: z.optional(claim(z.enum(SHARING_POLICIES))),
  languages: z.optional(claim(channelLanguagesSchema)),
  /** Who it serves. */
  for: claim(z.array(z.enum(CHANNEL_AUDIENCES)).check(z.minLength(1))),
  /** Evidence for the description text (what the channel is for). */
  purpose: textEvidence,
  /** What we looked for and could not confirm, so left out: notes for maintainers, never shown to readers. */
  unconfirmed: z.optional(z.array(z.string().check(z.minLength(10), z.maxLength(400)))),
});

export type Channel = z.infer<typeof channelSchema>;
export type OpeningHours = z.infer<typeof openingHoursSchema>;
export type ChannelLanguages = z.infer<typeof channelLanguagesSchema>;
