import * as z from 'zod/mini';
import { isoDate, kebabId, webUrl } from './common.js';

/**
 * Licence of the source material. We never copy wording from a source; the licence says what reuse
 * would be allowed and which credit is due (Crown material is under the Open Government Licence v3).
 */
export const SOURCE_LICENCES = ['OGL-UK-3.0', 'CC-BY-4.0', 'all-rights-reserved', 'unknown'] as const;

export const sourceSchema = z.object({
  id: kebabId,
  publisher: z.string().check(z.minLength(2), z.maxLength(200)),
  title: z.string().check(z.minLength(2), z.maxLength(300)),
  url: webUrl,
  licence: z.enum(SOURCE_LICENCES),
  /** When the project last read this source (the copy in `shared/reference`, or the page itself). */
  retrieved: isoDate,
  /** Our reference's tag for it, e.g. `S12`, so a reader can trace the claim. */
  referenceTag: z.optional(z.string().check(z.regex(/^[A-Z]\d+[a-z]?$/))),
});

export type Source = z.infer<typeof sourceSchema>;
export type SourceLicence = (typeof SOURCE_LICENCES)[number];
