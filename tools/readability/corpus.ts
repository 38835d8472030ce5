/**
 * The widget's English text, sorted by who reads it, with the reading age each kind is held to.
 *
 * Victim-facing (reading age 9 or under): what the "me" view says to a reader about themself and the help it
 * offers: each sign's `self` text, the support items (title and detail), channel descriptions, and the UI
 * strings of the help section and the "me" view (see packages/widget/src/sections/*.ts):
 * - help.*: the Get help section;
 * - signs.headingMe, signs.introMe, view.me: shown only when the reader picks "Me";
 * - channel.*: the notes on every contact card, including the helplines in the help section;
 * - emergency.* and exit.*: read by someone in danger, in a hurry.
 * Public (reading age 11 or under): signs' titles and details, the `about` notes, and every other UI string.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { kindReport } from './readability.js';
import type { KindReport } from './readability.js';

export const VICTIM_AGE = 9;
export const PUBLIC_AGE = 11;

export const KINDS = {
  'indicator-self': VICTIM_AGE,
  'support-title': VICTIM_AGE,
  'support-detail': VICTIM_AGE,
  'channel-description': VICTIM_AGE,
  'ui-victim': VICTIM_AGE,
  'indicator-title': PUBLIC_AGE,
  'indicator-detail': PUBLIC_AGE,
  about: PUBLIC_AGE,
  'ui-public': PUBLIC_AGE,
} as const;
export type Kind = keyof typeof KINDS;

const VICTIM_UI = [/^help\./, /^signs\.headingMe$/, /^signs\.introMe$/, /^view\.me$/, /^channel\./, /^emergency\./, /^exit\./];

export interface Item {
  /** "ui:exit.timedOut" or "content:indicators.<id>.self". */
  key: string;
  kind: Kind;
  text: string;
}

export type Tree = { [key: string]: string | Tree };
const root = fileURLToPath(new URL('../../', import.meta.url));
const readTree = (relative: string) => JSON.parse(readFileSync(`${root}${relative}`, 'utf8')) as Tree;

function flatten(tree: Tree, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out[path] = value;
    else flatten(value, path, out);
  }
  return out;
}

function contentKind(path: string): Kind | undefined {
  const parts = path.split('.');
  const [section, , field] = parts;
  if (section === 'about') return 'about';
  if (section === 'indicators') return field === 'self' ? 'indicator-self' : field === 'title' ? 'indicator-title' : field === 'detail' ? 'indicator-detail' : undefined;
  if (section === 'channels') return field === 'description' ? 'channel-description' : undefined;
  if (section === 'support') return field === 'title' ? 'support-title' : field === 'detail' ? 'support-detail' : undefined;
  return undefined;
}

/**
 * Every English string the widget shows, with its kind. Strings of no known kind are reported by the test.
 * The UI and content trees default to the English files; pass others to measure an older copy.
 */
export function englishItems(
  ui: Tree = readTree('packages/widget/locales/en-GB/ui.json'),
  content: Tree = readTree('packages/core/locales/en-GB/content.json'),
): { items: Item[]; unknown: string[] } {
  const items: Item[] = [];
  const unknown: string[] = [];
  for (const [path, text] of Object.entries(flatten(ui))) {
    items.push({ key: `ui:${path}`, kind: VICTIM_UI.some((pattern) => pattern.test(path)) ? 'ui-victim' : 'ui-public', text });
  }
  for (const [path, text] of Object.entries(flatten(content))) {
    const kind = contentKind(path);
    if (kind) items.push({ key: `content:${path}`, kind, text });
    else unknown.push(`content:${path}`);
  }
  return { items, unknown };
}

/** Count, median and worst reading age for each kind. */
export function corpusReport(items: readonly Item[] = englishItems().items): Record<Kind, KindReport> {
  return Object.fromEntries(
    (Object.keys(KINDS) as Kind[]).map((kind) => [kind, kindReport(items.filter((item) => item.kind === kind), KINDS[kind])]),
  ) as Record<Kind, KindReport>;
}
