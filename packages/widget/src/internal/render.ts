/**
 * NOT PUBLIC API. What `@spot-the-signs/static` needs to render the element's page without a browser: the one
 * page template the element renders, its styles and its text lookup. It may change in any release, in step
 * with `@spot-the-signs/static` (the two are released together); do not import it from anywhere else.
 */
import type { TemplateResult } from 'lit';
import { page as pageTemplate } from '../sections/page.js';
import type { PageHandlers, PageState } from '../sections/page.js';
import type { TextLookup } from '../i18n/text-lookup.js';
import { guideLines } from '../sections/guide-lines.js';

export type { PageState } from '../sections/page.js';

/** The page template; without script, with the guide as "If …, contact …" lines where the live guide's button is. */
export function page(state: PageState, t: TextLookup, on?: PageHandlers, controls = !!on): TemplateResult {
  const lines = on || controls ? undefined : guideLines(state.config, state.language, t);
  return pageTemplate({ ...state, guideLines: lines }, t, on, controls);
}
export { styles } from '../spot-the-signs.styles.js';
export { TextLookup, overridableKeys } from '../i18n/text-lookup.js';
export { availableLocales, manifestEntry, matchLocale, SUPPORTED_LOCALES } from '../i18n/locales.js';
export { SOURCE_LOCALE } from '@spot-the-signs/core';
export { loadPacks, textPacksFor } from '../i18n/text-store.js';
export { VERSION } from '../version.js';
