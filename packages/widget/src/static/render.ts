/**
 * Renders the widget's content as static, accessible HTML with no script, for pages where scripts are not
 * allowed (locked-down council CMSs) and for print. It uses the element's own templates, text and data, so the
 * content and links are the same as the widget's. Runs in Node (Lit SSR).
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { parseWidgetConfig, SOURCE_LOCALE } from '@spot-the-signs/core';
import type { ConfigError } from '@spot-the-signs/core';
import { Translator, overridableKeys } from '../i18n/translator.js';
import { manifestEntry, matchLocale } from '../i18n/locales.js';
import { loadPacks, packsToShow } from '../i18n/catalog.js';
import { bodyFor } from '../sections/body.js';
import { emergencyBox, sectionsInOrder, shortcutNumbers, titleBlock } from '../sections/header.js';
import { styles } from '../spot-the-signs.styles.js';
import { safeHref } from '../safe-link.js';

export const STATIC_CLASS = 'spot-the-signs-static';

export interface StaticRender {
  /** The HTML fragment: a <style> block and a <div lang dir> holding the content. */
  html: string;
  /** The language actually rendered (English when the one asked for is not available). */
  lang: string;
  errors: ConfigError[];
}

/** Lit's hydration markers mean nothing without Lit on the page. */
const stripMarkers = (markup: string) => markup.replace(/<!--\/?lit-[^>]*-->|<\?[^>]*>/g, '');

/** The widget's styles, scoped to the static container instead of the element's shadow root. */
function staticStyles(): string {
  return (styles.cssText ?? '').replace(/:host\(\[hidden\]\)/g, `.${STATIC_CLASS}[hidden]`).replace(/:host/g, `.${STATIC_CLASS}`);
}

export async function renderStatic(input: Record<string, unknown>): Promise<StaticRender> {
  const { config, errors } = parseWidgetConfig(input, { knownStringKeys: overridableKeys() });
  const lang = matchLocale(config.lang ? [config.lang] : []) ?? SOURCE_LOCALE;
  const packs = packsToShow(config.setting);
  const shown = await loadPacks(lang, packs).then(() => lang, () => SOURCE_LOCALE);
  if (shown !== lang) await loadPacks(SOURCE_LOCALE, packs).catch(() => undefined);
  const t = new Translator(shown, config.strings);
  const entry = manifestEntry(shown);
  const { model, signs, whatToDo, getHelp } = bodyFor(config, shown, t);
  const exit = safeHref(config.exitUrl);
  const template = html`<div class=${STATIC_CLASS} lang=${shown} dir=${entry?.dir ?? 'ltr'}>
    <div class="root">
      ${config.quickExit === 'on' && exit
        ? html`<p><a class="exit-button" href=${exit} rel="nofollow noreferrer" referrerpolicy="no-referrer">${t.ui('exit.button')}</a></p>`
        : ''}
      ${entry && entry.code !== SOURCE_LOCALE && entry.review.status === 'machine-draft' ? html`<p class="notice">${t.ui('draft.notice')}</p>` : ''}
      ${titleBlock(config.headingLevel, t)} ${emergencyBox(model.emergency, t)}
      ${shortcutNumbers(model.routed.map((entry) => entry.channel), t)}
      ${sectionsInOrder(config.view === 'me', signs, whatToDo, getHelp)}
    </div>
  </div>`;
  const markup = stripMarkers(collectResultSync(render(template)));
  return { html: `<style>${staticStyles()}</style>\n${markup}\n`, lang: shown, errors };
}
