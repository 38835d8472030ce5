/**
 * The "What should I do?" guide, live: one screen of situations, at most one follow-up, then the one to three
 * channels that fit. A lazily loaded module (the element imports it when the reader opens the guide, or before
 * the first render with `start="guide"`): most readers never open it, and every byte of the entry counts.
 *
 * Which channels fit, and why, is core's decision (`guideResult`); this module only asks and shows.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { GUIDE_FOLLOW_UPS, GUIDE_SITUATIONS, guideResult, isGuidePartnerChannel } from '@spot-the-signs/core';
import type { GuideSituation, WidgetConfig } from '@spot-the-signs/core';
import help from '../../generated/data/help.js';
import type { TextLookup } from '../i18n/text-lookup.js';
import { ownCopy } from '../own.js';
import { cardFromChannel, cardFromPartner, contactCard } from './contact-card.js';
import { headingTag } from './headings.js';

/** What the reader has answered so far. Kept in the element's memory only: never stored, never in the URL. */
export interface GuideProgress {
  situation?: GuideSituation;
  followUp?: string;
}

export interface GuideHandlers {
  onSituation(situation: GuideSituation): void;
  onFollowUp(answer: string): void;
  onBack(): void;
  onStartAgain(): void;
  onClose(): void;
}

/** What the partner may count (the `sts-guide-result` event): ids from fixed lists, never the reader's words. */
export interface GuideOutcome {
  situation: GuideSituation;
  followUp?: string;
  channelIds: string[];
}

/** The follow-up question a situation still waits for, if any. */
function pendingFollowUp(progress: GuideProgress) {
  if (!progress.situation || progress.followUp) return undefined;
  return GUIDE_FOLLOW_UPS[progress.situation];
}

function routesFor(progress: GuideProgress, config: WidgetConfig, language: string) {
  if (!progress.situation || pendingFollowUp(progress)) return undefined;
  return guideResult(
    { situation: progress.situation, ...(progress.followUp ? { followUp: progress.followUp } : {}) },
    config.jurisdiction,
    ownCopy(help.channels),
    { partnerChannels: ownCopy(config.channels), language },
  ).routes;
}

/** The result, once every question is answered: the ids the `sts-guide-result` event carries. */
export function guideOutcome(progress: GuideProgress, config: WidgetConfig, language: string): GuideOutcome | undefined {
  const found = routesFor(progress, config, language);
  if (!found || !progress.situation) return undefined;
  return {
    situation: progress.situation,
    ...(progress.followUp ? { followUp: progress.followUp } : {}),
    channelIds: found.map((route) => route.channel.id),
  };
}

/**
 * The guide's screen for the answers so far. Each question is a group named by its visible question, with real
 * buttons; the element moves focus to `[data-guide-focus]` after each step, so the next question (or the result
 * heading) is what a screen reader reads next.
 */
export function guideView(
  progress: GuideProgress,
  config: WidgetConfig,
  language: string,
  t: TextLookup,
  on: GuideHandlers,
): TemplateResult {
  const level = config.headingLevel;
  const sectionHeading = headingTag(level, 1);
  const followUp = pendingFollowUp(progress);
  const found = routesFor(progress, config, language);
  let screen: TemplateResult;
  if (!progress.situation) {
    screen = question(
      t.ui('guide.question.situation'),
      GUIDE_SITUATIONS.map((situation) => ({ label: t.ui(`guide.situation.${situation}`), pick: () => on.onSituation(situation) })),
    );
  } else if (followUp) {
    screen = question(
      t.ui(`guide.question.${followUp.question}`),
      followUp.answers.map((answer) => ({ label: t.ui(`guide.answer.${answer}`), pick: () => on.onFollowUp(answer) })),
    );
  } else {
    screen = result(found, language, t, level);
  }
  return html`<section class="guide" part="guide" aria-labelledby="sts-guide-heading">
    ${staticHtml`<${sectionHeading} class="section-title" id="sts-guide-heading">${t.ui('guide.heading')}</${sectionHeading}>`}
    ${screen}
    <div class="guide-nav">
      <button type="button" data-guide="back" @click=${() => on.onBack()}>${t.ui('guide.back')}</button>
      ${progress.situation
        ? html`<button type="button" data-guide="start-again" @click=${() => on.onStartAgain()}>${t.ui('guide.startAgain')}</button>`
        : nothing}
      <button type="button" data-guide="close" @click=${() => on.onClose()}>${t.ui('guide.close')}</button>
    </div>
  </section>`;
}

interface Choice {
  label: string;
  pick: () => void;
}

function question(text: string, choices: Choice[]): TemplateResult {
  // The group takes focus (tabindex -1, not in the tab order), so a screen reader reads the question first.
  return html`<fieldset class="guide-question" tabindex="-1" data-guide-focus>
    <legend>${text}</legend>
    <div class="guide-choices">
      ${choices.map((choice) => html`<button type="button" @click=${choice.pick}>${choice.label}</button>`)}
    </div>
  </fieldset>`;
}

function result(found: ReturnType<typeof routesFor>, language: string, t: TextLookup, level: number): TemplateResult {
  const heading = headingTag(level, 2);
  return html`${staticHtml`<${heading} class="group-title" id="sts-guide-result" tabindex="-1" data-guide-focus>${t.ui('guide.resultHeading')}</${heading}>`}
    ${found?.length ? nothing : html`<p>${t.ui('guide.onlyEmergency')}</p>`}
    <ul class="channels" part="guide-result">
      ${(found ?? []).map((route) => {
        const { channel } = route;
        // A partner card has no text-relay field: an own copy keeps Object.prototype.textRelay out of it.
        const card = isGuidePartnerChannel(channel) ? ownCopy(cardFromPartner(channel, language)) : cardFromChannel(channel, t);
        // Why it fits: only the reasons core gives for this channel, each backed by its data.
        const why = route.reasons.map((reason) => t.ui(`guide.reason.${reason}`)).join(' ');
        return contactCard({ ...card, why }, t, level + 3);
      })}
    </ul>`;
}
