/**
 * The guide without script (the static render): one line per situation, "Someone is in danger now. Contact:
 * …", leading to the channels core's `guideResult` gives for that situation, the same as the live guide's
 * result. Only the static render imports it (internal/render.ts), so it adds nothing to the CDN entry.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { GUIDE_SITUATIONS, guideResult, isGuidePartnerChannel } from '@spot-the-signs/core';
import type { WidgetConfig } from '@spot-the-signs/core';
import help from '../../generated/data/help.js';
import type { EmbedChannel } from '../data/embed.js';
import { partnerTextFor } from '../format.js';
import type { TextLookup } from '../i18n/text-lookup.js';
import { ownCopy } from '../own.js';
import { telHref } from '../safe-link.js';
import { headingTag } from './headings.js';

export function guideLines(config: WidgetConfig, language: string, t: TextLookup): TemplateResult {
  const partnerChannels = ownCopy(config.channels);
  const channels = ownCopy(help.channels);
  const heading = headingTag(config.headingLevel, 1);
  type Routed = ReturnType<typeof guideResult<EmbedChannel>>['routes'][number]['channel'];
  const nameOf = (channel: Routed) => (isGuidePartnerChannel(channel) ? (partnerTextFor(channel.name, language) ?? channel.id) : channel.name);
  const phoneOf = (channel: Routed) => (isGuidePartnerChannel(channel) ? channel.phone : channel.phone?.value);
  return html`<section class="guide-lines" part="guide" aria-labelledby="sts-guide-heading">
    ${staticHtml`<${heading} class="section-title" id="sts-guide-heading">${t.ui('guide.heading')}</${heading}>`}
    <ul>
      ${GUIDE_SITUATIONS.map((situation) => {
        const { routes } = guideResult({ situation }, config.jurisdiction, channels, { partnerChannels, language });
        return html`<li data-guide-situation=${situation}>
          <strong>${t.ui(`guide.situation.${situation}`)}.</strong> ${t.ui('guide.contact')}
          ${routes.map((route, index) => {
            const phone = phoneOf(route.channel);
            const href = phone ? telHref(phone.tel) : undefined;
            return html`${index ? ', ' : ''}<span data-channel-id=${route.channel.id}
              ><bdi>${nameOf(route.channel)}</bdi>${href && phone
                ? html` <a href=${href} data-channel-id=${route.channel.id} data-link="phone"><bdi dir="ltr">${phone.display}</bdi></a>`
                : nothing}</span
            >`;
          })}
        </li>`;
      })}
    </ul>
  </section>`;
}
