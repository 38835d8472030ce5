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
/** One of {@link GUIDE_SITUATIONS}. */
export type GuideSituation = (typeof GUIDE_SITUATIONS)[number];

const FOLLOW_UPS = {
  work: { question: 'about-whom', answers: ['me', 'someone-else'] },
  'not-sure': { question: 'in-danger', answers: ['yes', 'no'] },
} as const;

/** A follow-up question: its id and its answers' ids. */
export interface GuideFollowUp {
  question: string;
  answers: readonly string[];
}

/**
 * At most one follow-up question per situation, and only where the answer changes the channels: most
 * situations have none, so a reader is one tap from a number. Question and answer values are ids; their
 * words live in the widget's locale files. `work` asks `about-whom`: the reader's own work (`me`) puts
 * support first, someone else's (also when unanswered) the helpline and reporting. `not-sure` asks
 * `in-danger`: `yes` keeps only what answers day and night, as "danger now" does; unanswered counts as `no`,
 * since the emergency number shows either way.
 */
export const GUIDE_FOLLOW_UPS: Readonly<Partial<Record<GuideSituation, GuideFollowUp>>> = FOLLOW_UPS;

/** Every follow-up answer id (`me`, `someone-else`, `yes`, `no`). */
export type GuideFollowUpAnswer = (typeof FOLLOW_UPS)[keyof typeof FOLLOW_UPS]['answers'][number];

/** What the reader has chosen in the guide. Nothing of it is stored or sent. */
export interface GuideAnswers {
  situation: GuideSituation;
  /** The answer to the situation's follow-up question, if it has one and the reader has answered it. */
  followUp?: string;
}

/**
 * Why a route fits, each resting on the data, never on a guess. From what the channel is (its `kind`, whose
 * purpose is evidenced): `trafficking-helpline` (a helpline), `support-for-you` (victim support for potential
 * victims), `report-to-police` (a police non-emergency line), `work-regulator` (a labour regulator); an online
 * form or an anonymous line has no reason of its kind (its card says what it is). From its evidenced claims:
 * `for-children` (its `for` claim names children or adults worried about a child), `day-and-night` (its hours
 * claim says always open), `anonymous` (its anonymous claim is true), `free` (its free claim is true),
 * `your-language` (its languages claim names the reader's language, or an interpreter), `asks-before-sharing`
 * (its sharing claim). And `partner`: the partner who placed the widget added it; partner channels carry no
 * evidenced claims, so nothing more.
 */
export const GUIDE_REASONS = [
  'for-children',
  'support-for-you',
  'trafficking-helpline',
  'report-to-police',
  'work-regulator',
  'partner',
  'anonymous',
  'day-and-night',
  'free',
  'your-language',
  'asks-before-sharing',
] as const;
/** One of {@link GUIDE_REASONS}. */
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

/** Whether a route's channel is the partner's own rather than one of core's. */
export function isGuidePartnerChannel(channel: object): channel is GuidePartnerChannel {
  return 'partner' in channel && (channel as { partner: unknown }).partner === true;
}

/** A channel the guide points to, and why it fits. */
export interface GuideRoute<C> {
  channel: C;
  /** Why it fits, most telling first: what the channel is, then the claims that matter most on this path. */
  reasons: GuideReason[];
}

/** Where the guide ends: the emergency number, and the routes (`R`: core's channels or a partner's). */
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
  const followUp = GUIDE_FOLLOW_UPS[answers.situation];
  return followUp && answers.followUp !== undefined && followUp.answers.includes(answers.followUp) ? answers.followUp : undefined;
}

/** A partner channel as routing sees it: local to the page it is on, with no evidenced claims. */
interface RoutablePartner extends RoutableChannel {
  partnerChannel: ParsedPartnerChannel;
}

/** The kind of channel a path is about, which the result always includes where one is routed. */
const PATH_KIND: Partial<Record<string, ChannelKind>> = {
  child: 'child',
  work: 'regulator',
  'about-me': 'victim-support',
  anonymous: 'anonymous',
};

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
 * {@link routeAmong}, so the guide and the full list never disagree on order. On top of it: an anonymous
 * path puts first a channel whose anonymous claim is true where one applies, otherwise the jurisdiction's
 * anonymous reporting line (its kind), and last any whose claim says you must give your name. The kind of
 * channel a path is about (child protection for a child, the labour regulator for work, victim support for
 * "about me", the anonymous line for anonymity) is never crowded out where one is routed. A partner's channel
 * (at most one, of the path's own kind if the partner has one) appears where its declared kind is routed,
 * before core's channels of that kind for the same place; never in danger (its hours are not evidenced) and
 * never on the anonymous path (nor is its anonymity). Child-protection lines stay on the child path and the
 * labour regulator on the work path, as in the full list: a child line offered to an adult in danger would
 * only stand between them and the emergency number.
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

  // Before core's channels: of two channels of a kind for the same place, the partner's own team, on its own
  // page, is the one the reader is closest to.
  const candidates: (C | RoutablePartner)[] = [...partners, ...from];
  const routed = routeAmong(situation, candidates).filter((entry) => entry.channel.kind !== 'emergency');
  let ordered = routed.map((entry) => entry.channel);
  if (situation.anonymous) ordered = anonymousFirst(ordered);

  const ownKind = PATH_KIND[answers.situation];
  // One partner channel: the one of the path's own kind if there is one, else the first routed.
  const partner = ordered.find((channel) => 'partnerChannel' in channel && channel.kind === ownKind) ?? ordered.find((channel) => 'partnerChannel' in channel);
  ordered = ordered.filter((channel) => !('partnerChannel' in channel) || channel === partner);
  const chosen = ordered.slice(0, GUIDE_MAX_ROUTES);
  // The channel the path is about is never crowded out by more general ones ranked before it.
  const own = ordered.find((channel) => channel.kind === ownKind);
  if (own && !chosen.includes(own)) chosen[chosen.length - 1] = own;

  const routes = chosen.map((channel): GuideRoute<C | GuidePartnerChannel> =>
    'partnerChannel' in channel
      ? { channel: { ...channel.partnerChannel, partner: true }, reasons: ['partner'] }
      : { channel, reasons: guideReasons(channel, situation, options.language) },
  );
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

