import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { EmbedSupportItem as SupportItem } from '../data/embed.js';
import type { TextLookup } from '../i18n/text-lookup.js';
import type { ContactCard } from './contact-card.js';
import { contactCard } from './contact-card.js';
import { headingTag } from './headings.js';

export interface GetHelpOptions {
  support: SupportItem[];
  rights: SupportItem[];
  processes: SupportItem[];
  languageCards: ContactCard[];
  headingLevel: number;
}

function items(list: SupportItem[], t: TextLookup): TemplateResult {
  return html`<ul>
    ${list.map(
      (item) => html`<li data-support=${item.id}>
        <strong>${t.content(`support.${item.id}.title`)}</strong>. ${t.content(`support.${item.id}.detail`)}
      </li>`,
    )}
  </ul>`;
}

/** It is not your fault; the support that exists; helplines in your language; how support works. */
export function getHelpSection(options: GetHelpOptions, t: TextLookup): TemplateResult {
  const { support, rights, processes, languageCards, headingLevel } = options;
  const sectionHeading = headingTag(headingLevel, 1);
  const subHeading = headingTag(headingLevel, 2);
  const first = rights.find((item) => item.id === 'not-your-fault');
  const otherRights = rights.filter((item) => item !== first);
  return html`<section part="get-help" aria-labelledby="sts-help-heading">
    ${staticHtml`<${sectionHeading} class="section-title" id="sts-help-heading">${t.ui('help.heading')}</${sectionHeading}>`}
    ${first
      ? html`<p class="note"><strong>${t.content('support.not-your-fault.title')}.</strong> ${t.content('support.not-your-fault.detail')}</p>`
      : nothing}
    <p>${t.ui('help.intro')}</p>
    ${support.length
      ? html`${staticHtml`<${subHeading} class="group-title">${t.ui('help.supportHeading')}</${subHeading}>`}${items(support, t)}`
      : nothing}
    ${languageCards.length
      ? html`${staticHtml`<${subHeading} class="group-title">${t.ui('help.languageHeading')}</${subHeading}>`}
          <ul class="channels">
            ${languageCards.map((card) => contactCard(card, t, headingLevel + 3))}
          </ul>`
      : nothing}
    ${otherRights.length
      ? html`${staticHtml`<${subHeading} class="group-title">${t.ui('help.rightsHeading')}</${subHeading}>`}${items(otherRights, t)}`
      : nothing}
    ${processes.length
      ? html`${staticHtml`<${subHeading} class="group-title">${t.ui('help.processHeading')}</${subHeading}>`}${items(processes, t)}`
      : nothing}
  </section>`;
}
