import { literal } from 'lit/static-html.js';
import type { StaticValue } from 'lit/static-html.js';

/**
 * h1–h6, then headings 7 to 9 as role="heading" with aria-level: with heading-level 4 to 6 the widget's four
 * levels (title, sections, groups, contacts) go past h6, and clamping them at h6 flattened the outline.
 * The tag is used as \`<\${tag} …>…</\${tag}>\`: the HTML parser ignores attributes on an end tag, so the
 * closing \`</div role="heading" aria-level="7">\` is a plain \`</div>\`.
 */
const TAGS: readonly StaticValue[] = [
  literal`h1`,
  literal`h2`,
  literal`h3`,
  literal`h4`,
  literal`h5`,
  literal`h6`,
  literal`div role="heading" aria-level="7"`,
  literal`div role="heading" aria-level="8"`,
  literal`div role="heading" aria-level="9"`,
];

/** The heading tag \`offset\` levels below the configured level (1 to 6), so at most level 9. */
export function headingTag(level: number, offset = 0): StaticValue {
  return TAGS[Math.min(Math.max(level + offset, 1), TAGS.length) - 1] as StaticValue;
}
