import { emergencyAmong, filterIndicators, groupByCategory, jurisdictionChain, keySignsAmong, routeAmong, signFilterFor, situationFor } from '@spot-the-signs/core';
import type { IndicatorCategory, ParsedPartnerChannel, RoutedChannel, WidgetConfig } from '@spot-the-signs/core';
import help from '../generated/data/help.js';
import { loadedIndicators } from './data/sign-data.js';
import type { EmbedChannel, EmbedIndicator, EmbedSupportItem } from './data/embed.js';
import { ownCopy } from './own.js';

export interface ViewModel {
  emergency: EmbedChannel;
  /** The view's headline signs, best first (core's choice); they open the signs and are not repeated below. */
  keySigns: EmbedIndicator[];
  /** The rest of the view's signs, grouped by category. */
  signGroups: { category: IndicatorCategory; indicators: EmbedIndicator[] }[];
  routed: RoutedChannel<EmbedChannel>[];
  partnerChannels: ParsedPartnerChannel[];
  support: EmbedSupportItem[];
  rights: EmbedSupportItem[];
  processes: EmbedSupportItem[];
  /** Helplines that can talk in the reader's language, directly or through an interpreter. */
  languageHelplines: EmbedChannel[];
}

/**
 * Turns a parsed configuration into what the element renders. Every fact, and every decision about which
 * signs and channels a configuration calls for, comes from core; the element only adds words and markup.
 */
export function buildViewModel(config: WidgetConfig, language: string): ViewModel {
  // The signs of the packs loaded so far; the element loads a setting's packs before it shows them.
  const signs = filterIndicators(loadedIndicators(), signFilterFor(config));
  const byId = new Map(signs.map((indicator) => [indicator.id, indicator]));
  const keySigns = keySignsAmong(config, ownCopy(help.keySigns), byId.keys()).map((id) => byId.get(id) as EmbedIndicator);
  const isKey = new Set(keySigns);
  // Own properties only, in objects without a prototype: a polluted Object.prototype adds no field to a card
  // and no channel to a route.
  const channels = ownCopy(help.channels);
  const routed = routeAmong(situationFor(config), channels);
  const chain = jurisdictionChain(config.jurisdiction);
  const applicable = ownCopy(help.support).filter((item) => item.jurisdictions.some((j) => chain.includes(j)));
  const primaryLanguage = language.split('-')[0] ?? language;
  return {
    emergency: emergencyAmong(config.jurisdiction, channels),
    keySigns,
    signGroups: groupByCategory(signs.filter((indicator) => !isKey.has(indicator))),
    // The emergency number has its own place at the top; the list holds the rest.
    routed: routed.filter((entry) => entry.channel.kind !== 'emergency'),
    partnerChannels: ownCopy(config.channels),
    support: applicable.filter((item) => item.kind === 'support'),
    rights: applicable.filter((item) => item.kind === 'right'),
    processes: applicable.filter((item) => item.kind === 'process'),
    languageHelplines: routed
      .map((entry) => entry.channel)
      .filter(
        (channel) =>
          channel.languages?.value.viaInterpreter ||
          channel.languages?.value.spoken?.some((code) => code.split('-')[0] === primaryLanguage),
      ),
  };
}
