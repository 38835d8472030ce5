import * as z from 'zod/mini';
import { isoDate } from './common.js';
import { REVIEW_STATUSES, TEXT_DIRECTIONS } from './vocabulary.js';

/** A BCP-47 tag such as `en-GB`, `cy`, `zh-Hans` or `fa-AF`. */
export const languageTag = z.string().check(z.regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/), z.maxLength(35));

/**
 * One language we ship. The direction is stored, not guessed: ICU gets some wrong (e.g. `ku-Arab`).
 */
export const localeManifestEntrySchema = z.object({
  code: languageTag,
  /** The language's name in itself, for the language picker. */
  name: z.string().check(z.minLength(1), z.maxLength(60)),
  /** The English name, for documentation and translators. */
  englishName: z.string().check(z.minLength(1), z.maxLength(60)),
  /** ISO 15924 script, e.g. `Latn`, `Arab`, `Ethi`, `Hans`. */
  script: z.string().check(z.regex(/^[A-Z][a-z]{3}$/)),
  dir: z.enum(TEXT_DIRECTIONS),
  /**
   * Shipped locales to read missing keys from, before English (`fa-AF` → `fa`). Never across languages
   * that readers may not share (`uk` never falls back to `ru`).
   */
  fallback: z.optional(z.array(languageTag)),
  /** Other tags that should open this locale, e.g. `tl` for `fil`, `zh-CN` for `zh-Hans`, `prs` for `fa-AF`. */
  aliases: z.optional(z.array(languageTag)),
  review: z.object({
    status: z.enum(REVIEW_STATUSES),
    reviewer: z.optional(z.string().check(z.maxLength(120))),
    date: z.optional(isoDate),
    /** What still needs doing before the translation can be trusted. */
    note: z.optional(z.string().check(z.maxLength(500))),
  }),
  /**
   * Hash of the English text (UI and content) this translation was made from. When the English changes,
   * the hash no longer matches and the translation counts as a machine draft until it is checked again.
   */
  sourceHash: z.optional(z.string().check(z.regex(/^[0-9a-f]{16}$/))),
});

export type LocaleManifestEntry = z.infer<typeof localeManifestEntrySchema>;
