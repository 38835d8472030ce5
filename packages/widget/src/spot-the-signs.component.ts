import { html, LitElement, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { CONFIG_FIELDS, parseWidgetConfig, SOURCE_LOCALE, WIDGET_DEFAULTS } from '@spot-the-signs/core';
import type {
  Audience,
  ConfigError,
  HeadingLevel,
  Jurisdiction,
  PartnerChannel,
  QuickExitMode,
  ReviewStatus,
  StartScreen,
  StringOverrides,
  View,
  WidgetConfig,
  WidgetSetting,
} from '@spot-the-signs/core';
import { styles } from './spot-the-signs.styles.js';
import { VERSION } from './version.js';
import { TextLookup, overridableKeys } from './i18n/text-lookup.js';
import { availableLocales, manifestEntry, matchLocale, SUPPORTED_LOCALES } from './i18n/locales.js';
import { hasPacks, loadPacks, textPacksFor } from './i18n/text-store.js';
import { connectQuickExit, disconnectQuickExit } from './quick-exit.js';
import type { QuickExitHost } from './quick-exit.js';
import { inheritedLanguage, readConfigBlock } from './config-source.js';
import { page } from './sections/page.js';
import type { PageHandlers } from './sections/page.js';
import { leave } from './exit-navigation.js';
import { hardenLit } from './harden-lit.js';
import { own, ownCopy } from './own.js';
import { widgetEvent } from './events.js';
import type { ChannelClickDetail, ExitEventDetail, GuideResultDetail, LanguageChangeDetail } from './events.js';
import { importOnce } from './lazy-module.js';
import type { GuideHandlers, GuideProgress } from './sections/guide.js';

type GuideModule = typeof import('./sections/guide.js');
import type { TextPack } from './i18n/text-pack.js';

// Before any widget renders: Lit's attribute parts must not read a polluted Object.prototype.strings.
hardenLit();

/** The element's properties that make up its configuration (core's fields; `lang` is `requestedLang` here). */
const CONFIG_PROPERTIES = Object.values(CONFIG_FIELDS).map((spec) => spec.property);

/** After this long, a locale that is still loading gives way to English with a notice. */
const SLOW_LOCALE_MS = 1500;

/** A switch of language that takes longer than this says "Loading…"; a quicker one shows no notice at all. */
const LOADING_NOTICE_MS = 300;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/**
 * Spot the signs of modern slavery and human trafficking, see who to contact, get help, and leave
 * quickly. Everything it shows comes from `@spot-the-signs/core`'s sourced data.
 *
 * @summary Signs of exploitation, what to do, where to get help, and a quick exit, in the reader's language.
 * @tagname spot-the-signs
 *
 * @slot - A no-JavaScript fallback (a heading and the key links) that shows until the element upgrades
 *   and is then replaced. A `<script type="application/json">` block here may hold `channels` and `strings`.
 *   A declarative shadow root from `@spot-the-signs/static` shows instead of the fallback, and the element's first
 *   render replaces it in one go.
 *
 * @csspart base - The widget's root; carries `lang` and `dir`.
 * @csspart heading - The main heading.
 * @csspart exit-button - The quick exit link.
 * @csspart skip-link - The link past the signs to the first helplines (shown when it has focus).
 * @csspart overlay - The full-page overlay shown while the quick exit navigates.
 * @csspart language-picker - The language `<select>`.
 * @csspart view-switch - The "Who is this about?" buttons.
 * @csspart emergency - The emergency number box.
 * @csspart shortcut - The one or two numbers to call, under the emergency box (a shortcut to the cards further down).
 * @csspart guide-button - The "What should I do?" button that opens the guide.
 * @csspart guide - The guide (its questions, then its result), in place of the sections while it is open.
 * @csspart guide-result - The list of the one to three channels the guide's answers lead to.
 * @csspart notice - A notice (e.g. a language that failed to load).
 * @csspart draft-notice - The note that a translation is a machine draft, with a switch to English.
 * @csspart signs - The "Spot the signs" section.
 * @csspart caveat - The note that signs are not proof.
 * @csspart key-signs - The view's main signs, first in the "Spot the signs" section.
 * @csspart more-signs - The rest of the view's signs, grouped, after the main ones.
 * @csspart indicator - One sign (a `<details>`).
 * @csspart what-to-do - The "What to do" section.
 * @csspart partner-channels - The list of the partner's own channels.
 * @csspart channel - One channel card.
 * @csspart channel-link - A phone, text, email or web link of a channel.
 * @csspart get-help - The "Get help" section.
 *
 * @cssprop --sts-color-text - Text colour.
 * @cssprop --sts-color-muted - Secondary text colour.
 * @cssprop --sts-color-background - Background colour.
 * @cssprop --sts-color-surface - Background of notes and the emergency box.
 * @cssprop --sts-color-border - Border colour.
 * @cssprop --sts-color-link - Link colour.
 * @cssprop --sts-color-accent - Accent colour (selected view, notes).
 * @cssprop --sts-color-accent-text - Text on the accent colour.
 * @cssprop --sts-color-emergency - The emergency box's edge (its text is `--sts-color-text` on `--sts-color-surface`).
 * @cssprop --sts-color-exit - Quick exit background.
 * @cssprop --sts-color-exit-text - Quick exit text.
 * @cssprop --sts-color-focus - Focus highlight.
 * @cssprop --sts-color-focus-text - Text on the focus highlight.
 * @cssprop --sts-font-family - Font family.
 * @cssprop --sts-font-size - Base font size (default `medium`: the reader's browser default, usually 16px).
 * @cssprop --sts-exit-top - How far below the top of the viewport the sticky quick exit stops (default 0), e.g. below a fixed header.
 * @cssprop --sts-radius - Corner radius.
 * @cssprop --sts-space - Base spacing unit.
 *
 * @fires sts-exit - Before the quick exit navigates. `detail: {url, trigger}`. Cancel only if you navigate yourself.
 * @fires sts-channel-click - When a channel's link is followed. `detail: {channelId, kind, link}`.
 * @fires sts-language-change - When the shown language changes. `detail: {lang, previous}`.
 * @fires sts-guide-result - When the guide shows its result. `detail: {situation, followUp?, channelIds}`: ids only, never text.
 */
export class SpotTheSigns extends LitElement implements QuickExitHost {
  static readonly version: string = VERSION;
  static override styles = styles;
  // Declared here rather than with decorators: the same behaviour without decorator helpers in the embed.
  static override properties = {
    requestedLang: { attribute: 'lang' },
    jurisdiction: {},
    setting: {},
    audience: {},
    view: {},
    exitUrl: { attribute: 'exit-url' },
    headingLevel: { attribute: 'heading-level' },
    quickExit: { attribute: 'quick-exit' },
    minReview: { attribute: 'min-review' },
    start: {},
    channels: { attribute: false },
    strings: { attribute: false },
    config: { state: true, attribute: false },
    language: { state: true, attribute: false },
    pickedView: { state: true, attribute: false },
    languageNotice: { state: true, attribute: false },
    exitAnnouncement: { state: true, attribute: false },
    languageAnnouncement: { state: true, attribute: false },
    exitPresses: { state: true, attribute: false },
    guideProgress: { state: true, attribute: false },
  };

  // Each description is the `description` of core's configuration table (config-fields.ts), and each type its
  // `type`; packages/widget/test-node/config-manifest.test.ts holds the manifest built from these equal to it.
  /** The language to show first; the reader can switch. */
  requestedLang: string | undefined;
  /** Where the reader is: it decides which helplines, police and support services show. */
  jurisdiction: Jurisdiction | undefined;
  /** The kind of place the page is about: adds the signs seen there to the signs seen anywhere. */
  setting: WidgetSetting | undefined;
  /** Who is reading: shows the signs they are most likely to notice (`public` shows all). */
  audience: Audience | undefined;
  /** Who the page is about at first: `me` puts getting help first and speaks to the reader. */
  view: View | undefined;
  /** Where the quick exit goes: a neutral page that shows nothing personal. */
  exitUrl: string | undefined;
  /** The level of the main heading, to fit the page's outline. */
  headingLevel: HeadingLevel | `${HeadingLevel}` | undefined;
  /** Shows the quick exit button and turns on its keyboard shortcut. */
  quickExit: QuickExitMode | undefined;
  /** Hides translations reviewed less than this (English, the source, always shows). */
  minReview: ReviewStatus | undefined;
  /** What the widget opens on: the signs, or `guide`, the few questions that lead to the right number. */
  start: StartScreen | undefined;
  /** The partner's own channels, such as a council's HMO team, shown with the others. */
  channels: PartnerChannel[] | undefined;
  /** Text overrides per language: `{ "en-GB": { "heading": "…" } }`. */
  strings: StringOverrides | undefined;

  private config: WidgetConfig = { ...WIDGET_DEFAULTS };
  /**
   * The language shown, decided here and nowhere else (a TextLookup only looks text up in the language it is
   * given). Starts empty: the first render waits for it.
   */
  private language = '';
  /** A language the reader picked in the widget. Kept in memory only; not rendered, so picking renders once, when the language is ready. */
  #pickedLanguage: string | undefined = undefined;
  /** The reader switched view with the buttons. */
  private pickedView: WidgetConfig['view'] | undefined = undefined;
  private languageNotice: 'loading' | 'failed' | undefined = undefined;
  private exitAnnouncement = '';
  private languageAnnouncement = '';
  private exitPresses = 0;
  /** The guide's answers while it is open (undefined: closed). In memory only: nothing is stored, the URL never changes. */
  private guideProgress: GuideProgress | undefined = undefined;
  #guideModule: GuideModule | undefined;
  /** After the next render, focus goes to the guide's question or result heading (or back to its button). */
  #guideFocus: 'step' | 'button' | undefined;

  private get overlay(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog.overlay');
  }

  #warned = new Set<string>();
  /**
   * The latest request for a language. It supersedes every earlier one: a superseded load, however late it
   * arrives, shows nothing, announces nothing and sets no notice.
   */
  #languageRequest = 0;
  /** What the latest request asks for: the language, and the packs of its setting. */
  #wantedLanguage = '';
  #wantedPacks = '';
  /** The latest request's work: updateComplete waits for it. */
  #ready: Promise<void> = Promise.resolve();

  /** Text in a language, by default the one shown (English before any is). */
  #text(language = this.language || SOURCE_LOCALE): TextLookup {
    return new TextLookup(language, this.config.strings);
  }

  get quickExitEnabled(): boolean {
    return this.config.quickExit === 'on';
  }

  // For the page-wide quick exit (quick-exit.ts): the exit button is rendered and the reader can see it
  // (not in `hidden`, `display: none` or a closed `<details>`).
  get exitVisible(): boolean {
    const button = this.renderRoot.querySelector('[part="exit-button"]');
    if (!button) return false;
    return typeof button.checkVisibility === 'function'
      ? button.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)
      : button.getClientRects().length > 0;
  }

  /** Watches `lang` on the page (and any shadow roots the element sits in) to follow the host's language. */
  #langObserver: MutationObserver | undefined;

  #observeHostLanguage(): void {
    this.#langObserver = new MutationObserver(() => {
      // Only while neither the partner (lang attribute) nor the reader (the picker) has chosen.
      if (this.requestedLang || this.#pickedLanguage || !this.hasUpdated) return;
      this.#chooseLanguage();
    });
    for (let root = this.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
      const target = root instanceof Document ? root.documentElement : root;
      if (target) this.#langObserver.observe(target, { attributes: true, attributeFilter: ['lang'], subtree: true });
      if (!(root instanceof ShadowRoot)) break;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observeHostLanguage();
    connectQuickExit(this);
    window.addEventListener('beforeprint', this.#openForPrint);
    window.addEventListener('afterprint', this.#restoreAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#langObserver?.disconnect();
    disconnectQuickExit(this);
    window.removeEventListener('beforeprint', this.#openForPrint);
    window.removeEventListener('afterprint', this.#restoreAfterPrint);
  }

  /** A printed checklist shows every sign's explanation; the reader's own open/closed choices come back after. */
  #closedBeforePrint: HTMLDetailsElement[] = [];

  #openForPrint = (): void => {
    this.#closedBeforePrint = [...(this.renderRoot.querySelectorAll('details:not([open])') as NodeListOf<HTMLDetailsElement>)];
    for (const details of this.#closedBeforePrint) details.open = true;
  };

  #restoreAfterPrint = (): void => {
    for (const details of this.#closedBeforePrint) details.open = false;
    this.#closedBeforePrint = [];
  };

  /** Resolves when the current language has loaded and rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    let ready: Promise<void>;
    do {
      ready = this.#ready;
      await ready;
      complete = (await super.getUpdateComplete()) && complete;
    } while (ready !== this.#ready);
    return complete;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.hasUpdated || CONFIG_PROPERTIES.some((key) => changed.has(key))) this.#applyConfig();
  }

  #applyConfig(): void {
    const block = readConfigBlock(this);
    if (block.error) this.#warn(`[spot-the-signs] ${block.error}. It was ignored.`);
    const { config, errors } = parseWidgetConfig(
      {
        lang: this.requestedLang,
        jurisdiction: this.jurisdiction,
        setting: this.setting,
        audience: this.audience,
        view: this.view,
        exitUrl: this.exitUrl,
        headingLevel: this.headingLevel,
        quickExit: this.quickExit,
        minReview: this.minReview,
        start: this.start,
        // Partner input is read through own properties only (own.ts): a polluted prototype adds nothing.
        channels: ownCopy(this.channels ?? own(block.value, 'channels')),
        strings: ownCopy(this.strings ?? own(block.value, 'strings')),
      },
      { knownStringKeys: overridableKeys() },
    );
    for (const error of errors) this.#warn(`[spot-the-signs] ${error.message}`, error);
    this.config = config;
    // Opened first: the first render waits for the guide's module, as it waits for the language (see #showLanguage).
    if (!this.hasUpdated && config.start === 'guide') this.guideProgress = {};
    this.#chooseLanguage();
  }

  /** One warning per problem per element, however often it re-renders. */
  #warn(message: string, error?: ConfigError): void {
    if (this.#warned.has(message)) return;
    this.#warned.add(message);
    console.warn(message, ...(error ? [{ attribute: error.attribute, value: error.value, allowed: error.allowed }] : []));
  }

  #chooseLanguage(): void {
    const available = availableLocales(this.config.minReview);
    const requested = this.#pickedLanguage ?? this.config.lang;
    const candidates = [requested, inheritedLanguage(this), ...(navigator.languages ?? [])].filter(
      (tag): tag is string => Boolean(tag),
    );
    const match =
      matchLocale(requested ? [requested] : candidates, available) ?? matchLocale(candidates, available) ?? SOURCE_LOCALE;
    if (requested && !matchLocale([requested], available)) {
      const shipped = matchLocale([requested]);
      this.#warn(
        shipped
          ? `[spot-the-signs] lang: "${requested}" is a ${manifestEntry(shipped)?.review.status} translation, below min-review="${this.config.minReview}". Using ${match} instead.`
          : `[spot-the-signs] lang: "${requested}" is not available yet; expected one of ${SUPPORTED_LOCALES.map((l) => `"${l.code}"`).join(', ')}. Using ${match} instead.`,
      );
    }
    this.#showLanguage(match);
  }

  /** Shows a language once the text packs of the configured setting have loaded in it. The latest request wins. */
  #showLanguage(code: string): void {
    const packs = textPacksFor(this.config.setting);
    const packList = packs.join();
    // The latest request asks for this already: it is loading, or it is shown.
    if (code === this.#wantedLanguage && packList === this.#wantedPacks) return;
    const request = ++this.#languageRequest;
    this.#wantedLanguage = code;
    this.#wantedPacks = packList;
    const previous = this.language;
    if (code === previous && hasPacks(code, packs)) {
      // Back to the language shown: the load it supersedes must not take over later, nor leave its notice.
      if (this.languageNotice === 'loading') this.languageNotice = undefined;
      this.#announceSwitch = false;
      this.#ready = Promise.resolve();
      return;
    }
    let slow: ReturnType<typeof setTimeout> | undefined;
    if (previous === '') {
      // The first render waits for the language, but never longer than SLOW_LOCALE_MS.
      slow = setTimeout(() => {
        if (request !== this.#languageRequest || this.language) return;
        this.language = SOURCE_LOCALE;
        this.languageNotice = 'loading';
        void loadPacks(SOURCE_LOCALE, packs)
          .catch(() => undefined)
          .then(() => this.requestUpdate());
      }, SLOW_LOCALE_MS);
    } else if (code !== previous) {
      // Announced only if it is slow: a notice that flashes for 40 ms is noise, for eyes and screen readers.
      slow = setTimeout(() => {
        if (request === this.#languageRequest) this.languageNotice = 'loading';
      }, LOADING_NOTICE_MS);
    }
    const settle = (failedPacks?: readonly TextPack[]) => {
      clearTimeout(slow);
      return this.#settle(request, code, previous, failedPacks);
    };
    // A guide that fails to load leaves the signs showing: it never holds up the language.
    const guide = this.guideProgress && !this.#guideModule ? this.#loadGuide().catch(() => undefined) : undefined;
    this.#ready = Promise.all([loadPacks(code, packs), guide]).then(() => settle(), () => settle(packs));
  }

  /** A request's load has ended; only the latest request shows its result. `failedPacks` are those of a failed load. */
  async #settle(request: number, code: string, previous: string, failedPacks?: readonly TextPack[]): Promise<void> {
    // The first render is the element's largest piece of work: it gets a task of its own, so that loading
    // the module and rendering are not one long task that blocks the partner's page. The fallback shows meanwhile.
    if (!previous) await nextTask();
    if (request !== this.#languageRequest) return;
    // What shows now (English, if the first load was slow) is what this request replaces.
    const shown = this.language;
    if (failedPacks) {
      const fallback = shown || SOURCE_LOCALE;
      this.#warn(`[spot-the-signs] the "${code}" language module could not be loaded. Showing ${fallback}.`);
      // The language still shown needs this setting's text too; without it, only the signs seen anywhere show.
      await loadPacks(fallback, failedPacks).catch(() => undefined);
      if (request !== this.#languageRequest) return;
      // No longer asked for: choosing the failed language again retries it.
      this.#wantedLanguage = this.language = fallback;
      this.languageNotice = 'failed';
      this.requestUpdate();
      return;
    }
    this.language = code;
    this.languageNotice = undefined;
    if (this.#announceSwitch && code !== shown) {
      this.#announceSwitch = false;
      const name = SUPPORTED_LOCALES.find((locale) => locale.code === code)?.name ?? code;
      this.languageAnnouncement = `${this.#text(code).ui('language.label')}: ${name}`;
    }
    // The language may be unchanged (a new setting's signs arrived): render them anyway.
    this.requestUpdate();
    if (shown && shown !== code) this.#emit<LanguageChangeDetail>('sts-language-change', { lang: code, previous: shown });
  }

  #emit<T>(name: string, detail: T, cancelable = false): boolean {
    return this.dispatchEvent(widgetEvent(name, detail, cancelable));
  }

  // ---- Quick exit (the page-wide half lives in quick-exit.ts) ----

  announce(message: 'pressMore' | 'timedOut' | 'clear', remaining = 0): void {
    this.exitPresses = message === 'pressMore' ? 3 - remaining : 0;
    this.exitAnnouncement =
      message === 'pressMore'
        ? this.#text().ui('exit.pressMore', { count: remaining })
        : message === 'timedOut'
          ? this.#text().ui('exit.timedOut')
          : '';
  }

  exit(trigger: 'click' | 'keyboard'): void {
    const url = this.config.exitUrl;
    const dialog = this.overlay;
    if (dialog && !dialog.open) {
      try {
        // The top layer covers the page even inside a transformed or overflow-hidden container.
        dialog.showModal();
      } catch {
        dialog.setAttribute('open', '');
      }
    }
    // Set after the overlay is open, so screen readers announce it (as GOV.UK does).
    const message = dialog?.querySelector('[role="alert"]');
    if (message) message.textContent = this.#text().ui('exit.loading');
    const proceed = this.#emit<ExitEventDetail>('sts-exit', { url, trigger }, true);
    // A real no-referrer link, in the top page where the browser allows it (exit-navigation.ts).
    if (proceed) leave(url, dialog ?? this.renderRoot, (message) => this.#warn(message));
  }

  resetExit(): void {
    const dialog = this.overlay;
    if (dialog?.open) dialog.close();
    const message = dialog?.querySelector('[role="alert"]');
    if (message) message.textContent = '';
  }

  #onExitClick = (event: MouseEvent): void => {
    // Modified clicks (new tab) keep the browser's own behaviour.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    this.exit('click');
  };

  #onClick = (event: Event): void => {
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    const channelId = link?.dataset.channelId;
    if (!link || !channelId) return;
    this.#emit<ChannelClickDetail>('sts-channel-click', {
      channelId,
      kind: link.dataset.channelKind ?? '',
      link: link.dataset.link ?? '',
    });
  };

  /**
   * The language picker is calm: on a closed <select>, the arrow keys (and typing a name) change its value, and
   * Chromium and Firefox fire \`change\` on every press. Switching the whole widget on each press moves everything
   * under the reader (WCAG 3.2.2, On Input), so a value reached with the keys is committed with Enter or when
   * the reader leaves the picker; a pick with a pointer (or a script) commits at once.
   */
  #browsingByKeys = false;

  #onPickerKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter') {
      this.#browsingByKeys = false;
      this.#commitLanguage(event.currentTarget as HTMLSelectElement);
    } else if (event.key.length === 1 || /^(Arrow|Page|Home$|End$)/.test(event.key)) {
      this.#browsingByKeys = true;
    }
  };

  #onPickerPointerDown = (): void => {
    this.#browsingByKeys = false;
  };

  #onLanguagePicked = (event: Event): void => {
    if (!this.#browsingByKeys) this.#commitLanguage(event.target as HTMLSelectElement);
  };

  #onPickerBlur = (event: Event): void => {
    this.#browsingByKeys = false;
    this.#commitLanguage(event.target as HTMLSelectElement);
  };

  #commitLanguage(select: HTMLSelectElement): void {
    const value = select.value;
    // Asked for already (shown, or loading). A language that failed to load is not, so choosing it again retries it.
    if (!value || value === this.#wantedLanguage) return;
    this.#pickedLanguage = value;
    this.#announceSwitch = true;
    this.#chooseLanguage();
  }

  /** The reader switched language: say so once, in the new language, when it shows. */
  #announceSwitch = false;

  #onReadInEnglish = (): void => {
    this.#pickedLanguage = SOURCE_LOCALE;
    this.#chooseLanguage();
  };

  #onViewPicked(view: WidgetConfig['view']): void {
    this.pickedView = view;
  }

  // ---- The guide (its screens are in the lazily loaded sections/guide.ts) ----

  async #loadGuide(): Promise<GuideModule> {
    this.#guideModule ??= await importOnce('guide', () => import('./sections/guide.js'));
    return this.#guideModule;
  }

  #onGuideOpen = (): void => {
    void this.#loadGuide().then(
      () => this.#guideStep({}),
      () => this.#warn('[spot-the-signs] the guide could not be loaded.'),
    );
  };

  /** Shows the next step; the reader's focus follows it, and a result tells the partner's page which channels it shows. */
  #guideStep(progress: GuideProgress | undefined): void {
    this.guideProgress = progress;
    this.#guideFocus = progress ? 'step' : 'button';
    const outcome = progress && this.#guideModule?.guideOutcome(progress, this.#shownConfig, this.language);
    if (outcome) this.#emit<GuideResultDetail>('sts-guide-result', outcome);
  }

  readonly #guideHandlers: GuideHandlers = {
    onSituation: (situation) => this.#guideStep({ situation }),
    onFollowUp: (followUp) => this.#guideStep({ ...this.guideProgress, followUp }),
    onBack: () => {
      const progress = this.guideProgress ?? {};
      // From the result back to the follow-up, if there was one; from the first question, out of the guide.
      this.#guideStep(progress.followUp ? { situation: progress.situation! } : progress.situation ? {} : undefined);
    },
    onStartAgain: () => this.#guideStep({}),
    onClose: () => this.#guideStep(undefined),
  };

  protected override updated(): void {
    const focus = this.#guideFocus;
    if (!focus) return;
    this.#guideFocus = undefined;
    const target = this.renderRoot.querySelector<HTMLElement>(focus === 'step' ? '[data-guide-focus]' : '[part="guide-button"]');
    target?.focus();
  }

  get #shownConfig(): WidgetConfig {
    return { ...this.config, view: this.pickedView ?? this.config.view };
  }

  // ---- Rendering ----

  /**
   * The nodes of a declarative shadow root the page already had (the static render of `@spot-the-signs/static`):
   * they stay until the first real render replaces them in the same task, so the reader sees no flash of the
   * fallback and the page does not move.
   */
  #prerendered: ChildNode[] = [];

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // Lit reuses an existing shadow root; its pre-rendered content would otherwise stay above the live render.
    this.#prerendered = [...(this.shadowRoot?.childNodes ?? [])];
    return super.createRenderRoot();
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    if (this.language && this.#prerendered.length) {
      for (const node of this.#prerendered) node.remove();
      this.#prerendered = [];
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    // Until its language has loaded, the element shows what the page gave it: the pre-rendered content, else
    // the partner's fallback (the key links) — not a blank.
    if (!this.language) return this.#prerendered.length ? nothing : html`<slot></slot>`;
    const config = this.#shownConfig;
    const guide =
      this.guideProgress && this.#guideModule
        ? this.#guideModule.guideView(this.guideProgress, config, this.language, this.#text(), this.#guideHandlers)
        : undefined;
    const state = {
      config,
      guide,
      language: this.language,
      languageNotice: this.languageNotice,
      languageAnnouncement: this.languageAnnouncement,
      exitAnnouncement: this.exitAnnouncement,
      exitPresses: this.exitPresses,
    };
    return page(state, this.#text(), this.#handlers);
  }

  #onSkip = (event: MouseEvent): void => {
    // A fragment link cannot reach into a shadow root: move focus to the heading ourselves.
    event.preventDefault();
    const id = (event.currentTarget as HTMLAnchorElement).getAttribute('href')?.slice(1) ?? '';
    const heading = (this.renderRoot as ShadowRoot).getElementById(id);
    if (!heading) return;
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  };

  readonly #handlers: PageHandlers = {
    onClick: this.#onClick,
    onExitClick: this.#onExitClick,
    onSkip: this.#onSkip,
    onLanguagePicked: this.#onLanguagePicked,
    onPickerKeyDown: this.#onPickerKeyDown,
    onPickerPointerDown: this.#onPickerPointerDown,
    onPickerBlur: this.#onPickerBlur,
    onReadInEnglish: this.#onReadInEnglish,
    onViewPicked: (view) => this.#onViewPicked(view),
    onGuideOpen: this.#onGuideOpen,
  };
}
