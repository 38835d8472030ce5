import type { Channel } from '../../core/src/index.js';
import type { EmbedChannel } from '../src/data/embed.js';

/** The claims a contact card shows as lines; their dates make the card's date. */
const SHOWN = ['operator', 'phone', 'textRelay', 'sms', 'email', 'url', 'hours', 'free', 'anonymous', 'sharing', 'languages'] as const;
/** Claims the widget reads but does not show as a line: `for` decides routing. */
const READ = [...SHOWN, 'for'] as const;

/**
 * Core's channel as the widget reads it: values without evidence text, and one date for the card, the
 * oldest of the newest checks of the claims it shows (so "confirmed as of" holds for every line).
 */
export function embedChannel(channel: Channel): EmbedChannel {
  const embedded: Record<string, unknown> = { id: channel.id, jurisdictions: channel.jurisdictions, kind: channel.kind, name: channel.name };
  let checkedAt: string | undefined;
  for (const field of READ) {
    const claim = channel[field];
    if (!claim) continue;
    embedded[field] = { value: claim.value };
    if (!(SHOWN as readonly string[]).includes(field)) continue;
    const newest = claim.evidence.map((evidence) => evidence.checkedAt).sort().at(-1)!;
    if (!checkedAt || newest < checkedAt) checkedAt = newest;
  }
  // Every channel has a number or an address (the data tests hold it), so every card has a date.
  return { ...(embedded as Omit<EmbedChannel, 'checkedAt'>), checkedAt: checkedAt! };
}
