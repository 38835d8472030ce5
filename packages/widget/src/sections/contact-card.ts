import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { ParsedPartnerChannel } from '@spot-the-signs/core';
import type { EmbedChannel } from '../data/embed.js';
import type { TextLookup } from '../i18n/text-lookup.js';
import { formatDate, formatHours, languageNames, partnerTextFor } from '../format.js';
import { mailtoHref, safeHref, smsHref, telHref } from '../safe-link.js';
import { headingTag } from './headings.js';

/** One way to get in touch, whether it comes from our data or from the partner. */
export interface ContactCard {
  id: string;
  kind: string;
  name: string;
  description?: string | undefined;
  /** In the guide's result: why this channel fits the reader's answers. */
  why?: string | undefined;
  phone?: { tel: string; display: string } | undefined;
  textRelay?: { tel: string; display: string } | undefined;
  sms?: { tel: string; display: string } | undefined;
  email?: string | undefined;
  url?: string | undefined;
  notes: string[];
}

/**
 * A card from our data. Each line comes from a claim with evidence; a fact we could not evidence is not
 * in the data, so the card says nothing about it rather than guess.
 */
export function cardFromChannel(channel: EmbedChannel, t: TextLookup): ContactCard {
  const notes: string[] = [];
  const { operator, hours, free, languages, anonymous, sharing } = channel;
  if (operator && operator.value !== channel.name) notes.push(t.ui('channel.runBy', { operator: operator.value }));
  if (hours) notes.push(formatHours(hours.value, t));
  if (free?.value) notes.push(t.ui('channel.free'));
  if (languages?.value.atLeast) notes.push(t.ui('channel.languagesAtLeast', { count: languages.value.atLeast }));
  else if (languages?.value.viaInterpreter) notes.push(t.ui('channel.interpreter'));
  if (languages?.value.spoken?.length) {
    notes.push(t.ui('channel.languagesSpoken', { languages: languageNames(languages.value.spoken, t) }));
  }
  if (anonymous) notes.push(t.ui(anonymous.value ? 'channel.anonymous' : 'channel.named'));
  if (sharing) notes.push(t.ui(`channel.sharing.${sharing.value}`));
  notes.push(t.ui('channel.checked', { date: formatDate(channel.checkedAt, t) }));
  return {
    id: channel.id,
    kind: channel.kind,
    name: channel.name,
    description: t.content(`channels.${channel.id}.description`),
    phone: channel.phone?.value,
    textRelay: channel.textRelay?.value,
    sms: channel.sms?.value,
    email: channel.email?.value,
    url: channel.url?.value,
    notes,
  };
}

export function cardFromPartner(channel: ParsedPartnerChannel, language: string): ContactCard {
  const hours = partnerTextFor(channel.hours, language);
  return {
    id: channel.id,
    kind: channel.kind,
    name: partnerTextFor(channel.name, language) ?? channel.id,
    description: partnerTextFor(channel.description, language),
    phone: channel.phone,
    sms: channel.sms,
    email: channel.email,
    url: channel.url,
    notes: hours ? [hours] : [],
  };
}

/** A link that leaves the page: no referrer, no opener, and the data a partner may count. */
function contactLink(card: ContactCard, link: string, href: string | undefined, label: TemplateResult | string) {
  if (!href) return nothing;
  return html`<li>
    <a
      part="channel-link"
      href=${href}
      rel="noreferrer noopener"
      referrerpolicy="no-referrer"
      data-channel-id=${card.id}
      data-channel-kind=${card.kind}
      data-link=${link}
      >${label}</a
    >
  </li>`;
}

/** Numbers and addresses never change direction inside right-to-left text. */
const ltr = (text: string) => html`<bdi dir="ltr">${text}</bdi>`;

export function labelled(template: string, token: string, value: string): TemplateResult {
  // Split the translated sentence around the number so the number can be isolated for bidi.
  if (!template.includes(token)) return html`${template} ${ltr(value)}`;
  const [before = '', after = ''] = template.split(token);
  return html`${before}${ltr(value)}${after}`;
}

export function contactCard(card: ContactCard, t: TextLookup, headingLevel: number): TemplateResult {
  const marker = '\u2063';
  const call = (number: string) => labelled(t.ui('channel.call', { number: marker }), marker, number);
  return html`<li class="channel" part="channel" data-channel=${card.id}>
    ${staticHtml`<${headingTag(headingLevel)} class="channel-name"><bdi>${card.name}</bdi></${headingTag(headingLevel)}>`}
    ${card.why ? html`<p class="why">${card.why}</p>` : nothing} ${card.description ? html`<p>${card.description}</p>` : nothing}
    <ul class="contact-links">
      ${card.phone ? contactLink(card, 'phone', telHref(card.phone.tel), html`<span class="phone">${call(card.phone.display)}</span>`) : nothing}
      ${card.textRelay
        ? contactLink(card, 'text-relay', telHref(card.textRelay.tel), labelled(t.ui('channel.textRelay', { number: marker }), marker, card.textRelay.display))
        : nothing}
      ${card.sms ? contactLink(card, 'sms', smsHref(card.sms.tel), labelled(t.ui('channel.text', { number: marker }), marker, card.sms.display)) : nothing}
      ${card.email ? contactLink(card, 'email', mailtoHref(card.email), labelled(t.ui('channel.email', { address: marker }), marker, card.email)) : nothing}
      ${card.url ? contactLink(card, 'url', safeHref(card.url), t.ui('channel.websiteOf', { name: card.name })) : nothing}
    </ul>
    ${card.notes.map((note) => html`<p class="small">${note}</p>`)}
  </li>`;
}
