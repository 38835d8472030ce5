import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { IndicatorCategory } from '@spot-the-signs/core';
import { citedSources } from '../data/sign-data.js';
import type { EmbedIndicator } from '../data/embed.js';
import type { TextLookup } from '../i18n/text-lookup.js';
import { safeHref } from '../safe-link.js';
import { headingTag } from './headings.js';

export interface SignsOptions {
  /** The headline signs, shown first; the groups hold the rest. */
  keySigns: EmbedIndicator[];
  groups: { category: IndicatorCategory; indicators: EmbedIndicator[] }[];
  headingLevel: number;
  forSelf: boolean;
}

function sourceList(indicator: EmbedIndicator, t: TextLookup): TemplateResult {
  const cited = citedSources(indicator);
  // One template per source: a page shows about a hundred. `dir="auto"` isolates a name's direction, as <bdi> does.
  return html`<p class="sources">
    ${t.ui(cited.length === 1 ? 'signs.source' : 'signs.sources')}:
    ${cited.map((source, index) => {
      const href = source.url.startsWith('https:') ? safeHref(source.url) : undefined;
      return href
        ? html`${index > 0 ? '; ' : ''}<a href=${href} rel="noreferrer noopener" referrerpolicy="no-referrer" title=${source.title} dir="auto">${source.publisher}</a>`
        : html`${index > 0 ? '; ' : ''}<bdi>${source.publisher}</bdi>`;
    })}
  </p>`;
}

function sign(indicator: EmbedIndicator, t: TextLookup, forSelf: boolean): TemplateResult {
  const selfKey = `indicators.${indicator.id}.self`;
  const title = forSelf && t.hasContent(selfKey) ? t.content(selfKey) : t.content(`indicators.${indicator.id}.title`);
  return html`<details part="indicator" data-indicator=${indicator.id}>
    <summary>${title}</summary>
    <p>${t.content(`indicators.${indicator.id}.detail`)}</p>
    ${sourceList(indicator, t)}
  </details>`;
}

/**
 * The view's headline signs first, then the rest grouped by category. A headline sign is not repeated in the
 * groups: each sign is in the page once (one `data-indicator` each), and the second heading counts the rest.
 * Nothing is collapsed but each sign's explanation, so find-in-page and print reach every sign as before.
 */
export function signsSection({ keySigns, groups, headingLevel, forSelf }: SignsOptions, t: TextLookup): TemplateResult {
  const sectionHeading = headingTag(headingLevel, 1);
  const partHeading = headingTag(headingLevel, 2);
  // With headline signs, the groups sit one level below "N more signs"; without, they stay where they were.
  const groupHeading = headingTag(headingLevel, keySigns.length > 0 ? 3 : 2);
  const rest = groups.reduce((count, group) => count + group.indicators.length, 0);
  const groupList = groups.map(
    (group) => html`<div class="group" data-category=${group.category}>
      ${staticHtml`<${groupHeading} class="group-title">${t.ui(`signs.category.${group.category}`)}
        <span class="small">(${t.ui('signs.count', { count: group.indicators.length })})</span></${groupHeading}>`}
      ${group.indicators.map((indicator) => sign(indicator, t, forSelf))}
    </div>`,
  );
  return html`<section part="signs" aria-labelledby="sts-signs-heading">
    ${staticHtml`<${sectionHeading} class="section-title" id="sts-signs-heading">${t.ui(forSelf ? 'signs.headingMe' : 'signs.heading')}</${sectionHeading}>`}
    ${forSelf ? html`<p>${t.ui('signs.introMe')}</p>` : nothing}
    <p class="note" part="caveat">${t.content('about.notProof')}</p>
    ${keySigns.length > 0
      ? html`<div class="key-signs" part="key-signs">
            ${staticHtml`<${partHeading} class="part-title">${t.ui('signs.keyHeading')}</${partHeading}>`}
            ${keySigns.map((indicator) => sign(indicator, t, forSelf))}
          </div>
          ${rest > 0
            ? html`<div class="more-signs" part="more-signs">
                ${staticHtml`<${partHeading} class="part-title">${t.ui('signs.moreHeading', { count: rest })}</${partHeading}>`}
                ${groupList}
              </div>`
            : nothing}`
      : groupList}
  </section>`;
}
