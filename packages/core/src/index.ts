/**
 * @spot-the-signs/core: typed, sourced indicators of human trafficking and modern slavery, reporting
 * and support channels, and the rules to route between them. No DOM, no side effects.
 */
export * from './schema/vocabulary.js';
export * from './schema/common.js';
export { sourceSchema, SOURCE_LICENCES } from './schema/source.js';
export type { Source, SourceLicence } from './schema/source.js';
export { indicatorSchema } from './schema/indicator.js';
export type { Indicator } from './schema/indicator.js';
export { channelSchema, openingHoursSchema, channelLanguagesSchema } from './schema/channel.js';
export type { Channel, OpeningHours, ChannelLanguages } from './schema/channel.js';
export { supportItemSchema } from './schema/support.js';
export type { SupportItem } from './schema/support.js';
export { localeManifestEntrySchema, languageTag } from './schema/locale.js';
export type { LocaleManifestEntry } from './schema/locale.js';
export { widgetConfigSchema, partnerChannelSchema, partnerText, exitUrlSchema } from './schema/config.js';
export type { WidgetConfig, PartnerChannel, PartnerText, StringOverrides } from './schema/config.js';
export { parseWidgetConfig, describeValue, WIDGET_DEFAULTS, CONFIG_ATTRIBUTES, CONFIG_ALLOWED } from './config.js';
export type { ConfigError, ConfigField, ParsedConfig, ParseOptions } from './config.js';
export { indicators, channels, supportItems, sources, localeManifest, sourcesOf } from './data.js';
export { selectIndicators, filterIndicators, groupByCategory } from './select.js';
export type { IndicatorFilter, SelectableIndicator } from './select.js';
export { resolveIndicatorId, retiredIndicatorIds } from './resolve-id.js';
export { publishedIdsSchema, retiredIdSchema, PUBLISHED_ID_KINDS } from './schema/published-ids.js';
export type { PublishedIds, RetiredId, PublishedIdKind } from './schema/published-ids.js';
export { CONTENT_PACKS, packOf, packsForSetting } from './packs.js';
export type { ContentPack } from './packs.js';
export { routeChannels, emergencyChannel } from './route.js';
export type { Situation, RouteReason, RoutedChannel } from './route.js';
export { jurisdictionChain, jurisdictionDistance, isJurisdiction } from './jurisdiction.js';
