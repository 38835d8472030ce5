import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { SOURCE_LOCALE, WIDGET_DEFAULTS } from '@spot-the-signs/core';
import type { WidgetConfig } from '@spot-the-signs/core';
import type { TextLookup } from '../i18n/text-lookup.js';
import { availableLocales, manifestEntry } from '../i18n/locales.js';
import { safeHref } from '../safe-link.js';
import { bodyFor } from './body.js';
import { emergencyBox, sectionsInOrder, shortcutNumbers, titleBlock } from './header.js';

/** What the page shows: the configuration (with the view to show), the language shown and the live state. */
export interface PageState {
  config: WidgetConfig;
  language: string;
  languageNotice?: 'loading' | 'failed' | undefined;
  languageAnnouncement?: string;
  exitAnnouncement?: string;
  /** How many of the three presses of the keyboard quick exit the reader has made (its indicator lights). */
  exitPresses?: number;
  /** The guide's screen while the reader has it open (rendered by the lazily loaded guide module): it takes the sections' place. */
  guide?: TemplateResult | undefined;
  /** Without script: the guide as "If …, contact …" lines (the static render's own, see internal/render.ts). */
  guideLines?: TemplateResult | undefined;
}

/** The element's event handlers. Without them the page is rendered for HTML without script (the static render). */
export interface PageHandlers {
  onClick(event: Event): void;
  onExitClick(event: MouseEvent): void;
  onSkip(event: MouseEvent): void;
  onLanguagePicked(event: Event): void;
  onPickerKeyDown(event: KeyboardEvent): void;
  onPickerPointerDown(): void;
  onPickerBlur(event: Event): void;
  onReadInEnglish(): void;
  onViewPicked(view: WidgetConfig['view']): void;
  onGuideOpen(): void;
}

/**
 * The whole widget for a state: the element renders it with its handlers, the static renderer
 * (`@spot-the-signs/static`) without. One template, so that the two cannot drift apart.
 *
 * Without handlers, the controls that only script can work (the language picker, the view switch, the switch to
 * English, the exit's key-press lights) are left out, or, with `controls`, shown disabled in their place: the
 * widget's script takes the snippet over later, and the page must not move when it does.
 */
export function page(state: PageState, t: TextLookup, on?: PageHandlers, controls = !!on): TemplateResult {
  const { config, language } = state;
  const entry = manifestEntry(language);
  const forSelf = config.view === 'me';
  const { model, signs, whatToDo, getHelp } = bodyFor(config, language, t);
  const quickExit = config.quickExit === 'on';
  const isDraft = entry && entry.code !== SOURCE_LOCALE && entry.review.status === 'machine-draft';

  return html`<div part="base" class="root" lang=${language} dir=${entry?.dir ?? 'ltr'} @click=${on?.onClick}>
    ${quickExit ? exitLink(config, state, t, on, controls) : nothing}
    ${controls
      ? html`<div class="toolbar">
          ${quickExit ? html`<span class="exit-hint">${t.ui('exit.hint')}</span>` : nothing}
          <label class="picker">
            <span>${t.ui('language.label')}</span>
            <select
              part="language-picker"
              ?disabled=${!on}
              @change=${on?.onLanguagePicked}
              @keydown=${on?.onPickerKeyDown}
              @pointerdown=${on?.onPickerPointerDown}
              @blur=${on?.onPickerBlur}
            >
              ${availableLocales(config.minReview).map(
                (locale) => html`<option value=${locale.code} lang=${locale.code} dir=${locale.dir} ?selected=${locale.code === language}>
                  ${locale.name}
                </option>`,
              )}
            </select>
          </label>
          ${on ? html`<span class="visually-hidden" role="status" data-language-status>${state.languageAnnouncement}</span>` : nothing}
        </div>`
      : nothing}
    ${on && !state.guide ? skipLink(forSelf && model.languageHelplines.length > 0, t, on) : nothing}
    ${state.languageNotice
      ? html`<p class="notice" part="notice" role="status">${t.ui(state.languageNotice === 'failed' ? 'loadFailed' : 'loading')}</p>`
      : nothing}
    ${isDraft
      ? html`<p class="notice" part="draft-notice">
          ${t.ui('draft.notice')}
          ${controls
            ? html`<button type="button" ?disabled=${!on} @click=${on?.onReadInEnglish}>
                ${t.ui('draft.readInEnglish')}
                <span lang=${SOURCE_LOCALE} dir="ltr">(${t.english('draft.readInEnglish')})</span>
              </button>`
            : nothing}
        </p>`
      : nothing}
    ${titleBlock(config.headingLevel, t)} ${emergencyBox(model.emergency, t)}
    ${shortcutNumbers(model.routed.map((routed) => routed.channel), t)}
    ${state.guide
      ? state.guide
      : controls
        ? html`<p class="guide-open">
            <button type="button" part="guide-button" ?disabled=${!on} @click=${on && (() => on.onGuideOpen())}>${t.ui('guide.open')}</button>
          </p>`
        : (state.guideLines ?? nothing)}
    ${controls && !state.guide
      ? html`<fieldset class="view-switch" part="view-switch" ?disabled=${!on}>
          <legend>${t.ui('view.label')}</legend>
          <button type="button" aria-pressed=${String(!forSelf)} @click=${on && (() => on.onViewPicked('someone-else'))}>
            ${t.ui('view.someoneElse')}
          </button>
          <button type="button" aria-pressed=${String(forSelf)} @click=${on && (() => on.onViewPicked('me'))}>${t.ui('view.me')}</button>
        </fieldset>`
      : nothing}
    <div class="sections" ?hidden=${!!state.guide} data-under-guide=${state.guide ? '' : nothing}>${sectionsInOrder(forSelf, signs, whatToDo, getHelp)}</div>
    ${on ? html`<dialog class="overlay" part="overlay" aria-label=${t.ui('exit.button')}><p role="alert"></p></dialog>` : nothing}
  </div>`;
}

/**
 * A skip link to the section whose first card is a helpline (What to do; Get help when it lists helplines in
 * the reader's language and comes first): otherwise some fifty Tab presses pass through the signs first.
 * Live only: a fragment link cannot reach into a shadow root, so the element moves focus itself.
 */
function skipLink(toHelp: boolean, t: TextLookup, on: PageHandlers): TemplateResult {
  const target = toHelp ? 'sts-help-heading' : 'sts-what-heading';
  return html`<a class="skip-link" part="skip-link" href=${`#${target}`} @click=${on.onSkip}>${t.ui(toHelp ? 'help.heading' : 'whatToDo.heading')}</a>`;
}

/** The quick exit: a real no-referrer link, so that it leaves even without script. Its lights count the key presses, which need script. */
function exitLink(config: WidgetConfig, state: PageState, t: TextLookup, on: PageHandlers | undefined, lights: boolean): TemplateResult {
  const href = safeHref(config.exitUrl) ?? WIDGET_DEFAULTS.exitUrl;
  const presses = state.exitPresses ?? 0;
  return html`<div class="exit">
    <a part="exit-button" class="exit-button" href=${href} rel="nofollow noreferrer" referrerpolicy="no-referrer" @click=${on?.onExitClick}>
      <span class="visually-hidden">${t.ui('exit.buttonHidden')}</span>
      ${t.ui('exit.button')}
      ${lights
        ? html`<span class="indicator-lights" aria-hidden="true">
            ${[1, 2, 3].map((n) => html`<span class=${n <= presses ? 'on' : ''}></span>`)}
          </span>`
        : nothing}
    </a>
    ${on ? html`<span class="visually-hidden" role="status">${state.exitAnnouncement}</span>` : nothing}
  </div>`;
}
