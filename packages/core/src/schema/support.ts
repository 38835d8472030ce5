import * as z from 'zod/mini';
import { kebabId } from './common.js';
import { evidenceSchema } from './evidence.js';
import { JURISDICTIONS, SUPPORT_KINDS } from './vocabulary.js';

/**
 * Something a victim can get or is entitled to, or a process they may meet (such as the National
 * Referral Mechanism). Each item is one statement (its text is under `support.<id>` in the locales) with
 * its own evidence; what the sources do not support is not said.
 */
export const supportItemSchema = z.strictObject({
  id: kebabId,
  kind: z.enum(SUPPORT_KINDS),
  jurisdictions: z.array(z.enum(JURISDICTIONS)).check(z.minLength(1)),
  /** Channels that give this support, by id. */
  channels: z.optional(z.array(kebabId)),
  /**
   * True when the statement is about anonymity, what is shared with the police, or who runs a service:
   * such statements must have been checked within 24 months (see `freshness.ts`).
   */
  safety: z.boolean(),
  evidence: z.array(evidenceSchema).check(z.minLength(1)),
});

export type SupportItem = z.infer<typeof supportItemSchema>;
