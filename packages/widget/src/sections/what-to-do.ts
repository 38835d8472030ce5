import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { TextLookup } from '../i18n/text-lookup.js';
import type { ContactCard } from './contact-card.js';
import { contactCard } from './contact-card.js';
import { headingTag } from './headings.js';

export interface WhatToDoOptions {
  cards: ContactCard[];
  partnerCards: ContactCard[];
  headingLevel: number;
}

/** Don't confront; note what you saw; then the routed channels and the partner's own. */
export function whatToDoSection({ cards, partnerCards, headingLevel }: WhatToDoOptions, t: TextLookup): TemplateResult {
  const sectionHeading = headingTag(headingLevel, 1);
  const subHeading = headingTag(headingLevel, 2);
  return html`<section part="what-to-do" aria-labelledby="sts-what-heading">
    ${staticHtml`<${sectionHeading} class="section-title" id="sts-what-heading">${t.ui('whatToDo.heading')}</${sectionHeading}>`}
    <p class="note">${t.content('about.dontConfront')}</p>
    ${partnerCards.length
      ? html`${staticHtml`<${subHeading} class="group-title">${t.ui('whatToDo.localHeading')}</${subHeading}>`}
          <ul class="channels" part="partner-channels">
            ${partnerCards.map((card) => contactCard(card, t, headingLevel + 3))}
          </ul>`
      : nothing}
    ${staticHtml`<${subHeading} class="group-title">${t.ui('whatToDo.reportHeading')}</${subHeading}>`}
    <ul class="channels">
      ${cards.map((card) => contactCard(card, t, headingLevel + 3))}
    </ul>
  </section>`;
}
