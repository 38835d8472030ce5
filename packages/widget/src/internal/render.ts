/**
 * NOT PUBLIC API. What `@spot-the-signs/static` needs to render the element's page without a browser: the one
 * page template the element renders, its styles and its text lookup. It may change in any release, in step
 * with `@spot-the-signs/static` (the two are released together); do not import it from anywhere else.
 */
export { page } from '../sections/page.js';
export type { PageState } from '../sections/page.js';
export { styles } from '../spot-the-signs.styles.js';
export { Translator, overridableKeys } from '../i18n/translator.js';
export { availableLocales, manifestEntry, matchLocale, SUPPORTED_LOCALES } from '../i18n/locales.js';
export { SOURCE_LOCALE } from '@spot-the-signs/core';
export { loadPacks, packsToShow } from '../i18n/catalog.js';
export { VERSION } from '../version.js';
