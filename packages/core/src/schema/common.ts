import * as z from 'zod/mini';

/** A stable, kebab-case identifier: lower-case letters and digits separated by single hyphens. */
export const kebabId = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(80));

/** A calendar date, `YYYY-MM-DD`. */
export const isoDate = z.iso.date();

/** An `https:` URL. Plain `http:` and every other scheme are refused. */
export const httpsUrl = z.url({ protocol: /^https$/, hostname: z.regexes.domain }).check(z.regex(/^https:\/\//), z.maxLength(2048));

/** A web address for a citation: `https:` or, where a source is only known by one, `http:`. Rendered as a link only when `https:`. */
export const webUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain }).check(z.regex(/^https?:\/\//), z.maxLength(2048));

/** A number in international E.164 form, e.g. `+448000121700`. */
export const e164 = z.e164();

/** An e-mail address for a `mailto:` link. */
export const email = z.email().check(z.maxLength(254));

/** A phone number as a `tel:` target and as people expect to read it. */
export const phoneNumber = z.object({
  /** What goes after `tel:`: E.164 (`+44…`) or a short code such as `999`, `101` or `18000`. */
  tel: z.string().check(z.regex(/^(?:\+[1-9]\d{6,14}|\d{3,8})$/)),
  /** Written the way it is printed locally, e.g. `08000 121 700`. */
  display: z.string().check(z.minLength(3), z.maxLength(40)),
});

/** A number you can text, with how to write it. */
export const smsNumber = z.object({
  tel: z.string().check(z.regex(/^(?:\+[1-9]\d{6,14}|\d{3,8})$/)),
  display: z.string().check(z.minLength(3), z.maxLength(40)),
});
