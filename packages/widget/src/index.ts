/** The element class and its helpers, without registering anything. */
export { SpotTheSigns } from './spot-the-signs.component.js';
export type { ExitEventDetail, ChannelClickDetail, GuideResultDetail, LanguageChangeDetail } from './events.js';
/** The types of the element's configuration properties, as a partner writes them. */
export type {
  Audience,
  HeadingLevel,
  Jurisdiction,
  PartnerChannel,
  QuickExitMode,
  ReviewStatus,
  StartScreen,
  StringOverrides,
  View,
  WidgetConfigInput,
  WidgetSetting,
} from '@spot-the-signs/core';
export { defineElement } from './register.js';
export type { DefineResult } from './register.js';
export { VERSION } from './version.js';
export { SUPPORTED_LOCALES } from './i18n/locales.js';
/**
 * The loaders of each language's text packs, by code: `{ lt: { base, anywhere, home, places } }` (English's base
 * and anywhere are in the entry). A host that serves the modules from elsewhere may replace a language's entry;
 * the tests replace entries to simulate a failed or slow network.
 */
export { LOCALE_LOADERS } from './i18n/locales.js';
