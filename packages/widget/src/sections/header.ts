import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { EmbedChannel } from '../data/embed.js';
import type { TextLookup } from '../i18n/text-lookup.js';
import { telHref } from '../safe-link.js';
import { labelled } from './contact-card.js';
import { headingTag } from './headings.js';

const MARKER = '\u2063';

/** The main heading and the short explanation under it. */
export function titleBlock(headingLevel: number, t: TextLookup): TemplateResult {
  const title = headingTag(headingLevel);
  return html`${staticHtml`<${title} class="title" part="heading">${t.ui('heading')}</${title}>`}
    <p>${t.ui('intro')}</p>`;
}

/** "If someone is in danger now, call 999": always shown, whatever else fails. */
export function emergencyBox(emergency: EmbedChannel, t: TextLookup): TemplateResult | typeof nothing {
  const phone = emergency.phone?.value;
  const textRelay = emergency.textRelay?.value;
  if (!phone) return nothing;
  return html`<p class="emergency" part="emergency" data-emergency=${emergency.id}>
    <a href=${telHref(phone.tel) ?? nothing} data-channel-id=${emergency.id} data-channel-kind="emergency" data-link="phone"
      >${labelled(t.ui('emergency.callNow', { number: MARKER }), MARKER, phone.display)}</a
    >
    ${textRelay
      ? html`<br><a
            class="small"
            href=${telHref(textRelay.tel) ?? nothing}
            data-channel-id=${emergency.id}
            data-channel-kind="emergency"
            data-link="text-relay"
            >${labelled(t.ui('emergency.textRelay', { number: MARKER }), MARKER, textRelay.display)}</a
          >`
      : nothing}
  </p>`;
}

/** How many numbers the shortcut under the emergency box offers: one or two, never a list to read. */
const SHORTCUT_NUMBERS = 2;

/**
 * "Worried? Call:" the first one or two numbers of the route for this view, so that a reader who has decided
 * to call need not scroll past every sign. Labelled as a shortcut: the full cards come further down.
 */
export function shortcutNumbers(routed: readonly EmbedChannel[], t: TextLookup): TemplateResult | typeof nothing {
  const withPhone = routed.filter((channel) => channel.phone?.value).slice(0, SHORTCUT_NUMBERS);
  if (!withPhone.length) return nothing;
  return html`<div class="shortcut" part="shortcut">
    <p class="shortcut-title">${t.ui('shortcut.worried')}</p>
    <ul aria-label=${t.ui('shortcut.label')}>
      ${withPhone.map((channel) => {
        const phone = channel.phone!.value;
        return html`<li>
          <a href=${telHref(phone.tel) ?? nothing} data-channel-id=${channel.id} data-channel-kind=${channel.kind} data-link="phone"
            ><span dir="auto">${channel.name}</span>: <bdi dir="ltr">${phone.display}</bdi></a
          >
        </li>`;
      })}
    </ul>
  </div>`;
}

/** The three sections, in the order the view asks for. */
export function sectionsInOrder(forSelf: boolean, signs: TemplateResult, whatToDo: TemplateResult, getHelp: TemplateResult): TemplateResult {
  return forSelf ? html`${getHelp}${signs}${whatToDo}` : html`${signs}${whatToDo}${getHelp}`;
}
