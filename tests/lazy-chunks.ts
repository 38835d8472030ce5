/**
 * The lazy modules the CDN build must have, worked out from the data: every shipped locale's text packs
 * and every sign set, less what the entry carries so that English's default view never waits.
 * The file names follow rollup.config.mjs (`locale-lt.js`, `locale-lt-home.js`, `signs-home.js`).
 */
import { SIGN_SETS, localeManifest, signSetsFor, WIDGET_DEFAULTS } from '../packages/core/src/index.js';

/** English, the language the text is written in: the one whose default view is in the entry. */
const ENGLISH = 'en-GB';
/** A locale's text: its UI and help text (`base`) and the text of each sign set. */
const TEXT_PACKS = ['base', ...SIGN_SETS] as const;
/** The entry carries what the default view shows: English's UI text, and the signs of the default setting. */
const packsInEntry = new Set<string>(['base', ...signSetsFor(WIDGET_DEFAULTS.setting)]);

export const lazyLocaleChunks = (): string[] =>
  localeManifest
    .flatMap(({ code }) => TEXT_PACKS.filter((pack) => !(code === ENGLISH && packsInEntry.has(pack))).map((pack) => (pack === 'base' ? `locale-${code}.js` : `locale-${code}-${pack}.js`)))
    .sort();

export const lazySignChunks = (): string[] =>
  SIGN_SETS.filter((pack) => !packsInEntry.has(pack))
    .map((pack) => `signs-${pack}.js`)
    .sort();
