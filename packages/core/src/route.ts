import { jurisdictionChain } from './jurisdiction.js';
import type { ChannelAudience, ChannelKind, Jurisdiction } from './schema/vocabulary.js';

/** What the reader has told us about the situation. Every flag is optional. */
export interface Situation {
  jurisdiction: Jurisdiction;
  /**
   * Someone is in danger now, or a crime is happening. The emergency number is first in every route;
   * in immediate danger the rest is limited to channels that answer day and night.
   */
  immediateDanger?: boolean;
  /** A child is involved: child channels right after the emergency number. */
  childInvolved?: boolean;
  /**
   * The reader is looking at signs about children, though no child is known to be involved: child channels
   * join the route after the general ones, so a reader worried about a child finds them without the general
   * helpline losing its place.
   */
  childSignsShown?: boolean;
  /** Exploitation at work: the labour regulator is added. */
  workerExploitation?: boolean;
  /** The reader wants to stay anonymous: the anonymous route comes before named ones. */
  anonymous?: boolean;
  /** The reader is asking for help for themself: support services come before reporting lines. */
  forSelf?: boolean;
}

/** Why a channel is in the list, so the widget can say it and tests can check it. */
export type RouteReason =
  | 'immediate-danger'
  | 'child'
  | 'anonymous'
  | 'support'
  | 'helpline'
  | 'report'
  | 'worker';

/**
 * What routing reads of a channel. Core's full channels (claims with evidence) and the widget's slimmer
 * copies (claims with a date) both fit.
 */
export interface RoutableChannel {
  id: string;
  kind: ChannelKind;
  jurisdictions: readonly Jurisdiction[];
  for: { value: readonly ChannelAudience[] };
  hours?: { value: { alwaysOpen: boolean } } | undefined;
}

export interface RoutedChannel<C extends RoutableChannel = RoutableChannel> {
  channel: C;
  reason: RouteReason;
  /** The jurisdiction the channel was found for (the asked one or a wider fallback). */
  matchedJurisdiction: Jurisdiction;
}

function reasonFor(kind: ChannelKind): RouteReason | undefined {
  switch (kind) {
    case 'emergency':
      return 'immediate-danger';
    case 'child':
      return 'child';
    case 'anonymous':
      return 'anonymous';
    case 'victim-support':
      return 'support';
    case 'helpline':
      return 'helpline';
    case 'regulator':
      return 'worker';
    case 'police-non-emergency':
    case 'online-report':
      return 'report';
  }
}

/**
 * The order reasons come in. Emergency is always first: the widget always shows it, and a person in
 * danger must not scroll past anything to find it.
 */
function reasonOrder(situation: Situation): RouteReason[] {
  const order: RouteReason[] = ['immediate-danger'];
  if (situation.childInvolved) order.push('child');
  if (situation.anonymous) order.push('anonymous');
  if (situation.forSelf) order.push('support', 'helpline');
  else order.push('helpline');
  if (situation.workerExploitation) order.push('worker');
  order.push('report');
  if (!situation.anonymous) order.push('anonymous');
  if (!situation.forSelf) order.push('support');
  if (!situation.childInvolved) order.push('child');
  return order;
}

/** Channels that serve only one group and should not show unless the situation calls for them. */
function isNarrow(channel: RoutableChannel, situation: Situation): boolean {
  if (channel.kind === 'regulator') return !situation.workerExploitation;
  if (channel.kind === 'child') return !situation.childInvolved && !situation.childSignsShown;
  const audiences = channel.for.value;
  return audiences.length === 1 && audiences[0] === 'rail-passenger';
}

/**
 * Routes a situation to the given channels: emergency first, then the routes the situation asks for,
 * falling back from county to nation to country. A channel for a narrower jurisdiction comes before an
 * equally relevant one for a wider jurisdiction (the local police before a national form). In immediate
 * danger only channels whose evidence says they answer day and night are kept: an unevidenced "24/7" is
 * never assumed.
 */
export function routeAmong<C extends RoutableChannel>(situation: Situation, from: readonly C[]): RoutedChannel<C>[] {
  const chain = jurisdictionChain(situation.jurisdiction);
  const order = reasonOrder(situation);
  const routed: (RoutedChannel<C> & { rank: number; distance: number; index: number })[] = [];
  from.forEach((channel, index) => {
    const distance = Math.min(...channel.jurisdictions.map((j) => chain.indexOf(j)).filter((d) => d >= 0));
    if (!Number.isFinite(distance)) return;
    if (isNarrow(channel, situation)) return;
    if (situation.immediateDanger && channel.kind !== 'emergency' && !channel.hours?.value.alwaysOpen) return;
    const reason = reasonFor(channel.kind);
    if (!reason) return;
    routed.push({
      channel,
      reason,
      matchedJurisdiction: chain[distance] as Jurisdiction,
      rank: order.indexOf(reason),
      distance,
      index,
    });
  });
  routed.sort((a, b) => a.rank - b.rank || a.distance - b.distance || a.index - b.index);
  return routed.map(({ channel, reason, matchedJurisdiction }) => ({ channel, reason, matchedJurisdiction }));
}

/** The emergency channel for a jurisdiction among the given channels. Routing relies on there being one. */
export function emergencyAmong<C extends RoutableChannel>(jurisdiction: Jurisdiction, from: readonly C[]): C {
  const found = routeAmong({ jurisdiction, immediateDanger: true }, from).find((routed) => routed.channel.kind === 'emergency');
  if (!found) throw new Error(`No emergency channel for ${jurisdiction}`);
  return found.channel;
}
