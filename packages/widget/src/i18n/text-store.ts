import { SOURCE_LOCALE } from '@spot-the-signs/core';
import type { SignSet, WidgetSetting } from '@spot-the-signs/core';
import { ENGLISH_IN_ENTRY, TEXT_PACK_LOADERS } from '../../generated/locales/index.js';
import { SIGN_SETS_FOR_SETTING } from '../../generated/data/index.js';
import { hasSignData, loadSignData } from '../data/sign-data.js';
import { importOnce } from '../lazy-module.js';
import type { IntlTable, TextPackContent, TextPackLoaders, TextPack, TextTree } from './text-pack.js';

/**
 * How each pack of each locale loads (generated from the locale manifest). Exported so that tests can
 * inject faults; a partner never needs it.
 */
export const LOCALE_LOADERS: Record<string, TextPackLoaders> = TEXT_PACK_LOADERS;

export interface LocaleText {
  ui: TextTree;
  content: TextTree;
  intl?: IntlTable;
}

/** Every loaded locale's text, shared by all the widgets of this copy on the page: each pack parses once. */
const texts = new Map<string, LocaleText>();
/** `code/pack` of every text pack that has arrived. */
const ready = new Set<string>();

function add(code: string, pack: TextPack, text: TextPackContent): void {
  const id = `${code}/${pack}`;
  if (ready.has(id)) return;
  ready.add(id);
  const merged = texts.get(code) ?? { ui: {}, content: {} };
  if (text.ui) Object.assign(merged.ui, text.ui);
  if (text.intl) merged.intl = text.intl;
  // Packs share only the `indicators` branch of content; each adds its own indicators to it.
  for (const [key, value] of Object.entries(text.content)) {
    const existing = merged.content[key];
    merged.content[key] = typeof existing === 'object' && typeof value === 'object' ? { ...existing, ...value } : value;
  }
  texts.set(code, merged);
}

for (const [pack, text] of Object.entries(ENGLISH_IN_ENTRY) as [TextPack, TextPackContent][]) add(SOURCE_LOCALE, pack, text);

/** A loaded locale's text, or undefined before any of its packs has loaded. */
export function textOf(code: string): LocaleText | undefined {
  return texts.get(code);
}

const isSignSet = (pack: TextPack): pack is SignSet => pack !== 'base';

/** Whether a locale's packs (and, for sign sets, their data) are ready to show. */
export function hasPacks(code: string, wanted: readonly TextPack[]): boolean {
  return wanted.every((pack) => ready.has(`${code}/${pack}`) && (!isSignSet(pack) || hasSignData(pack)));
}

async function loadText(code: string, pack: TextPack): Promise<void> {
  if (ready.has(`${code}/${pack}`)) return;
  const loader = LOCALE_LOADERS[code]?.[pack];
  if (!loader) throw new Error(`No ${pack} text for ${code}`);
  add(code, pack, (await importOnce(`text/${code}/${pack}`, loader)).default);
}

/** Loads the packs of a locale (and the data of its sign sets), in parallel, once per page. Rejects if any fails. */
export async function loadPacks(code: string, wanted: readonly TextPack[]): Promise<void> {
  await Promise.all(wanted.flatMap((pack) => [loadText(code, pack), ...(isSignSet(pack) ? [loadSignData(pack)] : [])]));
}

/** The packs a view of a setting needs: the base text and the setting's signs. */
export function textPacksFor(setting: WidgetSetting): TextPack[] {
  return ['base', ...SIGN_SETS_FOR_SETTING[setting]];
}
