import { JURISDICTION_PARENT, JURISDICTIONS } from './schema/vocabulary.js';
import type { Jurisdiction } from './schema/vocabulary.js';

export function isJurisdiction(value: unknown): value is Jurisdiction {
  return typeof value === 'string' && (JURISDICTIONS as readonly string[]).includes(value);
}

/**
 * The jurisdiction and every wider one it falls back to, narrowest first:
 * `GB-CAM` → `['GB-CAM', 'GB-ENG', 'GB']`.
 */
export function jurisdictionChain(jurisdiction: Jurisdiction): Jurisdiction[] {
  const chain: Jurisdiction[] = [jurisdiction];
  let current: Jurisdiction = jurisdiction;
  while (current in JURISDICTION_PARENT) {
    current = JURISDICTION_PARENT[current as keyof typeof JURISDICTION_PARENT];
    chain.push(current);
  }
  return chain;
}

/** How far a jurisdiction is from the one asked for: 0 for itself, 1 for its parent… or -1 if it does not apply. */
export function jurisdictionDistance(asked: Jurisdiction, candidate: Jurisdiction): number {
  return jurisdictionChain(asked).indexOf(candidate);
}
