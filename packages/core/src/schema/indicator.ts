import * as z from 'zod/mini';
import { kebabId } from './common.js';
import { signEvidenceSchema } from './evidence.js';
import {
  AUDIENCES,
  CAMPAIGN_SIGNS,
  EXPLOITATION_TYPES,
  HMO_SIGN_COUNT,
  HOME_OFFICE_PUBLIC_SIGNS,
  ILO_INDICATORS,
  INDICATOR_CATEGORIES,
  INDICATOR_STRENGTHS,
  PALERMO_ELEMENTS,
  SETTINGS,
  SUBJECTS,
} from './vocabulary.js';

const nonEmptyUnique = <T extends z.ZodMiniType>(item: T) =>
  z.array(item).check(
    z.minLength(1),
    z.refine((list) => new Set(list).size === list.length, { message: 'values must be unique' }),
  );

const unique = <T extends z.ZodMiniType>(item: T) =>
  z.array(item).check(z.refine((list) => new Set(list).size === list.length, { message: 'values must be unique' }));

/**
 * A sign that someone may be exploited. It is a sign, never proof: one sign alone may mean nothing,
 * and several together are a reason to report, not to judge.
 *
 * The human text lives in the locale files under `indicators.<id>` (`title`, `detail`, and `self`
 * when a worker might read it about themself); the object holds only facts and vocabulary.
 */
export const indicatorSchema = z.object({
  id: kebabId,
  category: z.enum(INDICATOR_CATEGORIES),
  exploitationTypes: nonEmptyUnique(z.enum(EXPLOITATION_TYPES)),
  settings: nonEmptyUnique(z.enum(SETTINGS)),
  audiences: nonEmptyUnique(z.enum(AUDIENCES)),
  subjects: nonEmptyUnique(z.enum(SUBJECTS)),
  ilo: unique(z.enum(ILO_INDICATORS)),
  palermo: z.optional(z.enum(PALERMO_ELEMENTS)),
  strength: z.optional(z.enum(INDICATOR_STRENGTHS)),
  /** Where the sign appears in the well-known lists, so coverage can be checked. */
  lists: z.optional(
    z.object({
      homeOffice: z.optional(nonEmptyUnique(z.enum(HOME_OFFICE_PUBLIC_SIGNS))),
      campaign: z.optional(nonEmptyUnique(z.enum(CAMPAIGN_SIGNS))),
      hmo: z.optional(nonEmptyUnique(z.number().check(z.int(), z.gte(1), z.lte(HMO_SIGN_COUNT)))),
    }),
  ),
  /**
   * The sources that say this sign, each with where it says it. Sources are cited, never copied: the
   * sign's words are ours.
   */
  evidence: z.array(signEvidenceSchema).check(
    z.minLength(1),
    z.refine((list) => new Set(list.map((e) => e.source)).size === list.length, { message: 'cite each source once' }),
  ),
});

export type Indicator = z.infer<typeof indicatorSchema>;
