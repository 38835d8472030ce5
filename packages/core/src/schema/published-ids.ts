import * as z from 'zod/mini';
import { isoDate, kebabId } from './common.js';

/** The kinds of id the project publishes: once published, an id is never removed or reused. */
export const PUBLISHED_ID_KINDS = ['indicator', 'channel', 'support'] as const;
export type PublishedIdKind = (typeof PUBLISHED_ID_KINDS)[number];

/**
 * An id that is no longer in the data. `replacedBy` names the id that now carries its meaning (of the same
 * kind; it may itself be retired later, so readers follow the chain); without it, the meaning is gone.
 */
export const retiredIdSchema = z.object({
  id: kebabId,
  kind: z.enum(PUBLISHED_ID_KINDS),
  retiredOn: isoDate,
  replacedBy: z.optional(kebabId),
  /** Why, for maintainers and for anyone who stored the old id. */
  reason: z.string().check(z.minLength(10), z.maxLength(600)),
});

/** `data/published-ids.json`: every id ever published, by kind, and the ones since retired. */
export const publishedIdsSchema = z.object({
  indicators: z.array(kebabId),
  channels: z.array(kebabId),
  support: z.array(kebabId),
  retired: z.array(retiredIdSchema),
});

export type RetiredId = z.infer<typeof retiredIdSchema>;
export type PublishedIds = z.infer<typeof publishedIdsSchema>;
