/**
 * NOT PUBLIC API. What `@spot-the-signs/static` needs to render the element's page without a browser: the one
 * page template the element renders, its styles and its text lookup. It may change in any release, in step
 * with `@spot-the-signs/static` (the two are released together); do not import it from anywhere else.
 */
export { page } from '../sections/page.js';
export type { PageState } from '../sections/page.js';
export { styles } from '../spot-the-signs.styles.js';
export { TextLookup, overridableKeys } from '../i18n/text-lookup.js';
export { availableLocales, manifestEntry, matchLocale, SUPPORTED_LOCALES } from '../i18n/locales.js';
export { SOURCE_LOCALE } from '@spot-the-signs/core';
export { loadPacks, textPacksFor } from '../i18n/text-store.js';
export { VERSION } from '../version.js';
