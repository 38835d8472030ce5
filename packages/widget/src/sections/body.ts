import type { TemplateResult } from 'lit';
import { signSetOf } from '@spot-the-signs/core';
import type { WidgetConfig } from '@spot-the-signs/core';
import { hasPacks } from '../i18n/text-store.js';
import type { TextLookup } from '../i18n/text-lookup.js';
import { buildViewModel } from '../view-model.js';
import type { ViewModel } from '../view-model.js';
import type { EmbedIndicator } from '../data/embed.js';
import { cardFromChannel, cardFromPartner } from './contact-card.js';
import { getHelpSection } from './get-help.js';
import { signsSection } from './signs.js';
import { whatToDoSection } from './what-to-do.js';
import { ownCopy } from '../own.js';

export interface Body {
  model: ViewModel;
  signs: TemplateResult;
  whatToDo: TemplateResult;
  getHelp: TemplateResult;
}

/** The widget's three sections for a configuration and language; the element and the static render share them. */
export function bodyFor(config: WidgetConfig, language: string, t: TextLookup): Body {
  const forSelf = config.view === 'me';
  const level = config.headingLevel;
  const model = buildViewModel(config, language);
  // Signs whose text failed to load are left out, rather than shown as bare keys; the rest still show.
  const hasText = (indicator: EmbedIndicator) => hasPacks(language, [signSetOf(indicator)]);
  const groups = model.signGroups
    .map((group) => ({ ...group, indicators: group.indicators.filter(hasText) }))
    .filter((group) => group.indicators.length > 0);
  return {
    model,
    signs: signsSection({ keySigns: model.keySigns.filter(hasText), groups, headingLevel: level, forSelf }, t),
    whatToDo: whatToDoSection(
      {
        cards: model.routed.map((routed) => cardFromChannel(routed.channel, t)),
        // A partner's card has no text-relay field: an own copy keeps Object.prototype.textRelay out of it.
        partnerCards: model.partnerChannels.map((channel) => ownCopy(cardFromPartner(channel, language))),
        headingLevel: level,
      },
      t,
    ),
    getHelp: getHelpSection(
      {
        support: model.support,
        rights: model.rights,
        processes: model.processes,
        languageCards: model.languageHelplines.map((channel) => cardFromChannel(channel, t)),
        headingLevel: level,
      },
      t,
    ),
  };
}
