import * as z from 'zod/mini';
import { kebabId } from './common.js';
import { JURISDICTIONS, SUPPORT_KINDS } from './vocabulary.js';

/**
 * Something a victim can get or is entitled to, or a process they may meet (such as the National
 * Referral Mechanism). Only what the sources support; the text is under `support.<id>` in the locales.
 */
export const supportItemSchema = z.object({
  id: kebabId,
  kind: z.enum(SUPPORT_KINDS),
  jurisdictions: z.array(z.enum(JURISDICTIONS)).check(z.minLength(1)),
  /** Channels that give this support, by id. */
  channels: z.optional(z.array(kebabId)),
  sources: z.array(kebabId).check(z.minLength(1)),
});

export type SupportItem = z.infer<typeof supportItemSchema>;
