import * as z from 'zod/mini';
import { kebabId } from './common.js';
import { signEvidenceSchema } from './evidence.js';
import { KEY_SIGNS_MIN, VIEWS, WIDGET_SETTINGS } from './vocabulary.js';

/**
 * One headline sign: an indicator that a well-known public list puts first, with where that list says it
 * (the campaign's five signs, the Home Office's public signs, or a national spot-the-signs campaign).
 */
export const keySignSchema = z.strictObject({
  indicator: kebabId,
  evidence: z.array(signEvidenceSchema).check(z.minLength(1)),
});

/**
 * Headline signs for the views it matches, best first. A view uses the first list that matches it (a list
 * with no `settings` and no `view` matches every view), and shows the first `KEY_SIGNS_MAX` (7) of its
 * signs that the view shows at all: an audience that is not shown a sign skips it, so one list per setting
 * serves every audience. Each list holds more signs than a view needs for that reason.
 */
export const keySignListSchema = z.strictObject({
  id: kebabId,
  settings: z.optional(z.array(z.enum(WIDGET_SETTINGS)).check(z.minLength(1))),
  view: z.optional(z.enum(VIEWS)),
  signs: z.array(keySignSchema).check(
    z.minLength(KEY_SIGNS_MIN),
    z.refine((list) => new Set(list.map((sign) => sign.indicator)).size === list.length, { message: 'list each sign once' }),
  ),
});

export type KeySign = z.infer<typeof keySignSchema>;
export type KeySignList = z.infer<typeof keySignListSchema>;
