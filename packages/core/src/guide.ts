import { emergencyAmong, routeAmong } from './route.js';
import type { RoutableChannel, Situation } from './route.js';
import type { ChannelLanguages } from './schema/channel.js';
import type { ParsedPartnerChannel } from './schema/config.js';
import type { ChannelKind, Jurisdiction, SharingPolicy } from './schema/vocabulary.js';

/**
 * The guide's first (and usually only) question: which of these is closest to what is happening. Ordered as
 * the reader sees them: danger first.
 */
export const GUIDE_SITUATIONS = ['danger-now', 'about-me', 'child', 'work', 'anonymous', 'not-sure'] as const;
export type GuideSituation = (typeof GUIDE_SITUATIONS)[number];

/**
 * At most one follow-up question per situation, and only where the answer changes the channels: most
 * situations have none, so a reader is one tap from a number. Question and answer values are ids; their
 * words live in the widget's locale files.
 * - `work` → `about-whom`: the reader's own work puts support first, someone else's puts reporting first.
 * - `not-sure` → `in-danger`: yes keeps only what answers day and night, as "danger now" does.
 */
export const GUIDE_FOLLOW_UPS = {
  work: { question: 'about-whom', answers: ['me', 'someone-else'] },
  'not-sure': { question: 'in-danger', answers: ['yes', 'no'] },
} as const satisfies Partial<Record<GuideSituation, { question: string; answers: readonly string[] }>>;

/** The follow-up answers a situation accepts (none for most). */
export type GuideFollowUpAnswer = (typeof GUIDE_FOLLOW_UPS)[keyof typeof GUIDE_FOLLOW_UPS]['answers'][number];

export interface GuideAnswers {
  situation: GuideSituation;
  /** The answer to the situation's follow-up question, if it has one and the reader has answered it. */
  followUp?: string;
}

/**
 * Why a route fits, each resting on the data, never on a guess:
 * - from what the channel is (its `kind`, whose purpose is evidenced): `trafficking-helpline` (a helpline),
 *   `support-for-you` (a victim support service for potential victims), `report-to-police` (a police
 *   non-emergency line), `report-online` (an online reporting form), `work-regulator` (a labour regulator);
 * - from its evidenced claims: `for-children` (its `for` claim names children or adults worried about a child),
 *   `day-and-night` (its hours claim says always open), `anonymous` (its anonymous claim is true), `free` (its
 *   free claim is true), `your-language` (its languages claim names the reader's language, or an interpreter),
 *   `asks-before-sharing` (its sharing claim);
 * - `partner`: the partner who placed the widget added it (partner channels carry no evidenced claims).
 */
export const GUIDE_REASONS = [
  'for-children',
  'support-for-you',
  'trafficking-helpline',
  'report-to-police',
  'report-online',
  'work-regulator',
  'partner',
  'anonymous',
  'day-and-night',
  'free',
  'your-language',
  'asks-before-sharing',
] as const;
export type GuideReason = (typeof GUIDE_REASONS)[number];

/**
 * What the guide reads of a channel: what routing reads, and the claims it can give as reasons. Core's full
 * channels and the widget's slim embed channels both fit.
 */
export interface GuideChannel extends RoutableChannel {
  anonymous?: { value: boolean } | undefined;
  free?: { value: boolean } | undefined;
  sharing?: { value: SharingPolicy } | undefined;
  languages?: { value: ChannelLanguages } | undefined;
}

/** A partner's own channel in a guide result: the parsed channel, marked so the widget can tell it apart. */
export type GuidePartnerChannel = ParsedPartnerChannel & { readonly partner: true };

export function isGuidePartnerChannel(channel: object): channel is GuidePartnerChannel {
  return 'partner' in channel && (channel as { partner: unknown }).partner === true;
}

export interface GuideRoute<C> {
  channel: C;
  /** Why it fits, most telling first: what the channel is, then the claims that matter most on this path. */
  reasons: GuideReason[];
}

export interface GuideResult<C, R = C> {
  /** The emergency number: always shown, never one of the routes. */
  emergency: C;
  /**
   * One to {@link GUIDE_MAX_ROUTES} channels that fit, best first. Empty only in danger where no channel
   * but the emergency number is evidenced to answer day and night.
   */
  routes: GuideRoute<R>[];
}

/** A reader acts on the first few; a longer list is the full list the widget already shows. */
export const GUIDE_MAX_ROUTES = 3;

/** The situation the answers describe, for {@link routeAmong}. Unknown answers fall back to "not sure". */
export function guideSituation(answers: GuideAnswers, jurisdiction: Jurisdiction): Situation {
  const followUp = followUpOf(answers);
  switch (answers.situation) {
    case 'danger-now':
      return { jurisdiction, immediateDanger: true };
    case 'about-me':
      return { jurisdiction, forSelf: true };
    case 'child':
      return { jurisdiction, childInvolved: true };
    case 'work':
      return { jurisdiction, workerExploitation: true, forSelf: followUp === 'me' };
    case 'anonymous':
      return { jurisdiction, anonymous: true };
    default:
      return { jurisdiction, immediateDanger: followUp === 'yes' };
  }
}

function followUpOf(answers: GuideAnswers): string | undefined {
  const followUp = (GUIDE_FOLLOW_UPS as Partial<Record<string, { answers: readonly string[] }>>)[answers.situation];
  return followUp && answers.followUp !== undefined && followUp.answers.includes(answers.followUp) ? answers.followUp : undefined;
}

/** A partner channel as routing sees it: local to the page it is on, with no evidenced claims. */
interface RoutablePartner extends RoutableChannel {
  partnerChannel: ParsedPartnerChannel;
}

/** Partner channels routing may consider: never as the emergency number, never evidenced as anonymous. */
function partnerKindAllowed(kind: ChannelKind, situation: Situation): boolean {
  if (kind === 'emergency') return false;
  if (situation.anonymous) return false;
  return true;
}

function kindReason(channel: GuideChannel): GuideReason | undefined {
  const audiences = channel.for.value;
  switch (channel.kind) {
    case 'helpline':
      return 'trafficking-helpline';
    case 'victim-support':
      return audiences.includes('potential-victim') ? 'support-for-you' : undefined;
    case 'police-non-emergency':
      return 'report-to-police';
    case 'online-report':
      return 'report-online';
    case 'regulator':
      return 'work-regulator';
    default:
      return undefined;
  }
}

function speaks(channel: GuideChannel, language: string | undefined): boolean {
  const languages = channel.languages?.value;
  if (!language || !languages) return false;
  if (languages.viaInterpreter) return true;
  const primary = language.split('-')[0]?.toLowerCase();
  return Boolean(languages.spoken?.some((code) => code.split('-')[0]?.toLowerCase() === primary));
}

/** The reasons a core channel fits, each from its kind or an evidenced claim. */
export function guideReasons(channel: GuideChannel, situation: Situation, language?: string): GuideReason[] {
  const reasons: GuideReason[] = [];
  const kind = kindReason(channel);
  if (kind) reasons.push(kind);
  if (channel.for.value.some((audience) => audience === 'child' || audience === 'adult-worried-about-child')) reasons.push('for-children');
  const claims: GuideReason[] = [];
  if (channel.anonymous?.value === true) claims.push('anonymous');
  if (channel.hours?.value.alwaysOpen === true) claims.push('day-and-night');
  if (channel.free?.value === true) claims.push('free');
  if (speaks(channel, language)) claims.push('your-language');
  if (channel.sharing?.value === 'asks-before-sharing') claims.push('asks-before-sharing');
  // What the reader asked for comes first among the claims.
  const asked: GuideReason | undefined = situation.anonymous ? 'anonymous' : situation.immediateDanger ? 'day-and-night' : undefined;
  claims.sort((a, b) => Number(b === asked) - Number(a === asked));
  return [...reasons, ...claims];
}

/**
 * The guide's decision: from the reader's answers, the jurisdiction and the channels (core's, and the
 * partner's own), to the emergency number and 1–3 routes with the reasons they fit. Built on
 * {@link routeAmong}, so the guide and the full list never disagree on order; on top of it:
 * - an anonymous path puts first a channel whose anonymous claim is true, where one applies, otherwise the
 *   jurisdiction's anonymous reporting line (its kind); one whose claim says you must give your name goes last;
 * - a partner's channel (at most one per result) appears where its declared kind is routed, as the most local
 *   of its kind; never in danger (its hours are not evidenced), never on the anonymous path (nor is its anonymity);
 * - if the path's usual channels leave no route but the jurisdiction has another non-emergency channel, the
 *   narrow ones (child, work) are offered rather than nothing.
 */
export function guideResult<C extends GuideChannel>(
  answers: GuideAnswers,
  jurisdiction: Jurisdiction,
  from: readonly C[],
  options: { partnerChannels?: readonly ParsedPartnerChannel[]; language?: string } = {},
): GuideResult<C, C | GuidePartnerChannel> {
  const situation = guideSituation(answers, jurisdiction);
  const emergency = emergencyAmong(jurisdiction, from);
  const partners: RoutablePartner[] = (options.partnerChannels ?? [])
    .filter((partner) => partnerKindAllowed(partner.kind, situation))
    .map((partner) => ({
      id: partner.id,
      kind: partner.kind,
      jurisdictions: [jurisdiction],
      for: { value: ['anyone'] },
      partnerChannel: partner,
    }));

  // After core's channels, so that of two equally local channels of a kind, the evidenced one comes first.
  const candidates: (C | RoutablePartner)[] = [...from, ...partners];
  let routed = routeAmong(situation, candidates).filter((entry) => entry.channel.kind !== 'emergency');
  if (routed.length === 0 && !situation.immediateDanger) {
    routed = routeAmong({ ...situation, childInvolved: true, workerExploitation: true }, from).filter(
      (entry) => entry.channel.kind !== 'emergency',
    );
  }
  let ordered = routed.map((entry) => entry.channel);
  if (situation.anonymous) ordered = anonymousFirst(ordered);

  const routes: GuideRoute<C | GuidePartnerChannel>[] = [];
  let partnerShown = false;
  for (const channel of ordered) {
    if (routes.length === GUIDE_MAX_ROUTES) break;
    if ('partnerChannel' in channel) {
      if (partnerShown) continue;
      partnerShown = true;
      routes.push({ channel: { ...channel.partnerChannel, partner: true }, reasons: ['partner'] });
    } else {
      routes.push({ channel, reasons: guideReasons(channel, situation, options.language) });
    }
  }
  return { emergency, routes };
}

/** Stable: claim true, then the anonymous kind, then the rest, then those that say you must give your name. */
function anonymousFirst<T extends GuideChannel>(channels: T[]): T[] {
  const rank = (channel: T) =>
    channel.anonymous?.value === true ? 0 : channel.anonymous?.value === false ? 3 : channel.kind === 'anonymous' ? 1 : 2;
  return channels
    .map((channel, index) => ({ channel, index }))
    .sort((a, b) => rank(a.channel) - rank(b.channel) || a.index - b.index)
    .map((entry) => entry.channel);
}

