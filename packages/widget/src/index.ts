/** The element class and its helpers, without registering anything. */
export { SpotTheSigns } from './spot-the-signs.component.js';
export type { ExitEventDetail, ChannelClickDetail, LanguageChangeDetail } from './events.js';
export { defineElement } from './register.js';
export type { DefineResult } from './register.js';
export { VERSION } from './version.js';
export { SUPPORTED_LOCALES } from './i18n/locales.js';
