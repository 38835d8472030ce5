/**
 * @spot-the-signs/core: typed, sourced indicators of human trafficking and modern slavery, reporting
 * and support channels, and the rules to route between them. No DOM, no side effects.
 */
export * from './schema/vocabulary.js';
export * from './schema/common.js';
export { sourceSchema, sourceCopySchema, SOURCE_LICENCES, COPY_DATE_BASES } from './schema/source.js';
export type { Source, SourceLicence, CopyDateBasis } from './schema/source.js';
export { evidenceSchema, signEvidenceSchema, claim } from './schema/evidence.js';
export type { Evidence, SignEvidence, Claim } from './schema/evidence.js';
export { indicatorSchema } from './schema/indicator.js';
export type { Indicator } from './schema/indicator.js';
export { channelSchema, openingHoursSchema, channelLanguagesSchema } from './schema/channel.js';
export type { Channel, OpeningHours, ChannelLanguages } from './schema/channel.js';
export { supportItemSchema } from './schema/support.js';
export type { SupportItem } from './schema/support.js';
export { localeManifestEntrySchema, languageTag } from './schema/locale.js';
export type { LocaleManifestEntry } from './schema/locale.js';
export { widgetConfigSchema, widgetConfigInputSchema, partnerChannelSchema, partnerText, exitUrlSchema } from './schema/config.js';
export type { WidgetConfig, WidgetConfigInput, PartnerChannel, ParsedPartnerChannel, PartnerText, StringOverrides } from './schema/config.js';
export { CONFIG_FIELDS, CONFIG_FIELD_DOCS, CONFIG_FIELD_NAMES, QUICK_EXIT_MODES, HEADING_LEVELS, START_SCREENS } from './config-fields.js';
export type { ConfigFieldSpec, ConfigFieldDocs, QuickExitMode, HeadingLevel, StartScreen } from './config-fields.js';
export { parseWidgetConfig, describeValue, WIDGET_DEFAULTS, CONFIG_ATTRIBUTES, CONFIG_ALLOWED, CONFIG_CHOICES } from './config.js';
export type { ChoiceField, ConfigError, ConfigField, ParsedConfig, ParseOptions } from './config.js';
export { indicators, channels, supportItems, sources, localeManifest, sourcesOf, citedSourceIds } from './data.js';
export { selectIndicators, filterIndicators, groupByCategory } from './select.js';
export type { IndicatorFilter, SelectableIndicator } from './select.js';
export { resolveIndicatorId, retiredIndicatorIds } from './resolve-id.js';
export { publishedIdsSchema, retiredIdSchema, PUBLISHED_ID_KINDS } from './schema/published-ids.js';
export type { PublishedIds, RetiredId, PublishedIdKind } from './schema/published-ids.js';
export { SIGN_SETS, signSetOf, signSetsFor } from './sign-sets.js';
export type { SignSet } from './sign-sets.js';
export { routeAmong, emergencyAmong } from './route.js';
export { routeChannels, emergencyChannel } from './routing.js';
export type { Situation, RouteReason, RoutedChannel, RoutableChannel } from './route.js';
export { situationFor, signFilterFor } from './situation.js';
export { keySignsFor, keySignsAmong, keySignListFor, keySignChoices, keySignLists } from './key-signs.js';
export type { KeySignChoice } from './key-signs.js';
export { keySignSchema, keySignListSchema } from './schema/key-signs.js';
export type { KeySign, KeySignList } from './schema/key-signs.js';
export type { SituationConfig } from './situation.js';
export { claimFreshness, channelClaims, monthsBetween, DUE_AFTER_MONTHS, SAFETY_LIMIT_MONTHS } from './freshness.js';
export type { ClaimFreshness } from './freshness.js';
export { jurisdictionChain, jurisdictionDistance, isJurisdiction } from './jurisdiction.js';
export { CHILD_SIGN_AUDIENCES } from './situation.js';
export {
  GUIDE_SITUATIONS,
  GUIDE_FOLLOW_UPS,
  GUIDE_REASONS,
  GUIDE_MAX_ROUTES,
  guideResult,
  guideSituation,
  guideReasons,
  isGuidePartnerChannel,
} from './guide.js';
export type {
  GuideSituation,
  GuideFollowUp,
  GuideFollowUpAnswer,
  GuideAnswers,
  GuideReason,
  GuideChannel,
  GuidePartnerChannel,
  GuideRoute,
  GuideResult,
} from './guide.js';
