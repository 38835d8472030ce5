import { emergencyChannel, filterIndicators, groupByCategory, jurisdictionChain, routeChannels, supportItems } from '@spot-the-signs/core';
import type {
  Channel,
  IndicatorCategory,
  PartnerChannel,
  RoutedChannel,
  SupportItem,
  WidgetConfig,
} from '@spot-the-signs/core';
import { loadedIndicators } from './data/sign-data.js';
import type { EmbedIndicator } from './data/embed.js';
import { ownCopy } from './own.js';

/** Settings where the reader is looking at a workplace: the labour regulator belongs in the route. */
const WORKPLACE_SETTINGS = new Set<string>(['car-wash', 'nail-bar', 'agriculture', 'food-processing', 'construction', 'hospitality', 'care']);

export interface ViewModel {
  emergency: Channel;
  signGroups: { category: IndicatorCategory; indicators: EmbedIndicator[] }[];
  routed: RoutedChannel[];
  partnerChannels: PartnerChannel[];
  support: SupportItem[];
  rights: SupportItem[];
  processes: SupportItem[];
  /** Helplines that can talk in the reader's language, directly or through an interpreter. */
  languageHelplines: Channel[];
}

/**
 * Turns a parsed configuration into what the element renders. Every fact comes from core; the element
 * only adds words and markup.
 */
export function buildViewModel(config: WidgetConfig, language: string): ViewModel {
  const forSelf = config.view === 'me';
  // The signs of the packs loaded so far; the element loads a setting's packs before it shows them.
  const signs = filterIndicators(loadedIndicators(), {
    setting: config.setting,
    // Readers asking about themselves see the signs they could recognise in their own life.
    ...(forSelf ? { audience: 'worker' as const } : config.audience === 'public' ? {} : { audience: config.audience }),
  });
  // Own properties only, in objects without a prototype: a polluted Object.prototype adds no field to a card.
  const routed = routeChannels({
    jurisdiction: config.jurisdiction,
    workerExploitation: WORKPLACE_SETTINGS.has(config.setting) || config.audience === 'worker' || config.audience === 'employer',
    forSelf,
  }).map((entry) => ({ ...entry, channel: ownCopy(entry.channel) }));
  const chain = jurisdictionChain(config.jurisdiction);
  const applicable = supportItems.filter((item) => item.jurisdictions.some((j) => chain.includes(j)));
  const primaryLanguage = language.split('-')[0] ?? language;
  return {
    emergency: ownCopy(emergencyChannel(config.jurisdiction)),
    signGroups: groupByCategory(signs),
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
          channel.languages?.viaInterpreter ||
          channel.languages?.spoken?.some((code) => code.split('-')[0] === primaryLanguage),
      ),
  };
}
