import { literal } from 'lit/static-html.js';
import type { StaticValue } from 'lit/static-html.js';

const TAGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The heading tag `offset` levels below the configured level, never deeper than h6. */
export function headingTag(level: number, offset = 0): StaticValue {
  return TAGS[Math.min(Math.max(level + offset, 1), 6) - 1] as StaticValue;
}
