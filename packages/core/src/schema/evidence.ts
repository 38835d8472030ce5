import * as z from 'zod/mini';
import { isoDate, kebabId } from './common.js';

/**
 * Where one statement rests: the source, where on it (paraphrased: the section or sentence), and the date
 * of the copy it was read from. A statement carries its own evidence, so that each can go stale, be
 * re-checked or be removed on its own.
 */
export const evidenceSchema = z.strictObject({
  /** Id of an entry in `data/sources.json`. */
  source: kebabId,
  /** The section or sentence the statement rests on, in our words, so the next checker finds it quickly. */
  locator: z.string().check(z.minLength(10), z.maxLength(300)),
  /**
   * The date the statement was checked against that source: the date of the copy read (`copy.date` of the
   * source). Never the day the data was typed in.
   */
  checkedAt: isoDate,
});

/**
 * Evidence for a sign. Signs do not go stale the way a phone line does, so a sign may rest on a source whose
 * copy is undated; where the copy has a date, `checkedAt` carries it.
 */
export const signEvidenceSchema = z.strictObject({
  source: kebabId,
  locator: z.string().check(z.minLength(10), z.maxLength(300)),
  checkedAt: z.optional(isoDate),
});

const evidenceList = z.array(evidenceSchema).check(z.minLength(1));

/**
 * A statement a reader could act on, with its own evidence. Without evidence there is no claim: the field
 * is left out and the widget says nothing about it.
 */
export const claim = <T extends z.ZodMiniType>(value: T) => z.strictObject({ value, evidence: evidenceList });

/** Evidence for a text (such as what a channel is for) rather than for a value. */
export const textEvidence = z.strictObject({ evidence: evidenceList });

export type Evidence = z.infer<typeof evidenceSchema>;
export type SignEvidence = z.infer<typeof signEvidenceSchema>;
/** A value with the evidence it rests on. */
export interface Claim<T> {
  value: T;
  evidence: Evidence[];
}
