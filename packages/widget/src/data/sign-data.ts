import type { SignSet } from '@spot-the-signs/core';
import { ANYWHERE_SIGNS, SIGN_DATA_LOADERS } from '../../generated/data/index.js';
import { importOnce } from '../lazy-module.js';
import type { EmbedIndicator, EmbedSource, SignData } from './embed.js';

/** How each sign set loads; the signs seen anywhere are in the entry. Exported so tests can inject faults. */
export const SIGN_LOADERS = SIGN_DATA_LOADERS;

const ready = new Set<SignSet>();
let indicators: EmbedIndicator[] = [];
const sources = new Map<string, EmbedSource>();

function add(pack: SignSet, data: SignData): void {
  if (ready.has(pack)) return;
  ready.add(pack);
  indicators = [...indicators, ...data.indicators].sort((a, b) => a.order - b.order);
  for (const source of data.sources) sources.set(source.id, source);
}

add('anywhere', ANYWHERE_SIGNS);

export function hasSignData(pack: SignSet): boolean {
  return ready.has(pack);
}

/** Loads a sign set once per page. */
export async function loadSignData(pack: SignSet): Promise<void> {
  if (ready.has(pack)) return;
  const loader = SIGN_LOADERS[pack];
  if (!loader) throw new Error(`No signs for ${pack}`);
  add(pack, (await importOnce(`signs/${pack}`, loader)).default);
}

/** Every loaded indicator, in core's data order. */
export function loadedIndicators(): readonly EmbedIndicator[] {
  return indicators;
}

/** The sources an indicator cites, as far as they are loaded (they arrive with its pack). */
export function citedSources(indicator: Pick<EmbedIndicator, 'sources'>): EmbedSource[] {
  return indicator.sources.map((id) => sources.get(id)).filter((source): source is EmbedSource => source !== undefined);
}
