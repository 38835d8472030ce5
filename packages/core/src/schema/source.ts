import * as z from 'zod/mini';
import { isoDate, kebabId, webUrl } from './common.js';

/**
 * Licence of the source material. We never copy wording from a source; the licence says what reuse
 * would be allowed and which credit is due (Crown material is under the Open Government Licence v3,
 * Parliament's under the Open Parliament Licence v3).
 */
export const SOURCE_LICENCES = ['OGL-UK-3.0', 'OPL-UK-3.0', 'CC-BY-4.0', 'CC-BY-SA-4.0', 'all-rights-reserved', 'unknown'] as const;

/**
 * How the date of the copy we read is known:
 * - `published`: the page's own publication date (a byline, a press release's date, a date in its address);
 * - `updated`: the page's own "last updated" or "reviewed" date;
 * - `content`: no page date; the latest date the text itself proves (a lower bound);
 * - `live`: the live page, read on `readOn` (the copy's date is that day);
 * - `undated`: nothing dates the copy. Such a source can back a sign, never a dated claim about a service.
 */
export const COPY_DATE_BASES = ['published', 'updated', 'content', 'live', 'undated'] as const;

/** The copy of a source that was read. */
export const sourceCopySchema = z
  .strictObject({
    date: z.optional(isoDate),
    basis: z.enum(COPY_DATE_BASES),
    /** How the date was found, where that is not obvious. */
    note: z.optional(z.string().check(z.minLength(3), z.maxLength(600))),
  })
  .check(
    z.refine((copy) => (copy.basis === 'undated') === (copy.date === undefined), {
      message: 'a copy has a date unless its basis is "undated"',
    }),
  );

export const sourceSchema = z
  .strictObject({
  id: kebabId,
  publisher: z.string().check(z.minLength(2), z.maxLength(200)),
  title: z.string().check(z.minLength(2), z.maxLength(300)),
  url: webUrl,
  licence: z.enum(SOURCE_LICENCES),
  /** The copy we read and its date. Evidence citing this source carries the same date. */
  copy: sourceCopySchema,
  /** The day the project read that copy (a stored copy or the live page). */
  readOn: isoDate,
  /** Our reference's tag for it, e.g. `S12`, so a reader can trace the claim. */
  referenceTag: z.optional(z.string().check(z.regex(/^[A-Z]\d+[a-z]?$/))),
  })
  .check(
    z.refine((source) => source.copy.basis !== 'live' || source.copy.date === source.readOn, {
      message: 'a live page is dated the day it was read',
    }),
  );

export type Source = z.infer<typeof sourceSchema>;
export type SourceLicence = (typeof SOURCE_LICENCES)[number];
export type CopyDateBasis = (typeof COPY_DATE_BASES)[number];
