import type { Claim } from './schema/evidence.js';
import type { Channel } from './schema/channel.js';
import type { SupportItem } from './schema/support.js';
import { SAFETY_CLAIMS } from './schema/vocabulary.js';

/** A claim is due for a fresh check after this many months. */
export const DUE_AFTER_MONTHS = 18;
/** A safety claim (operator, anonymity, sharing) older than this may no longer be shown. */
export const SAFETY_LIMIT_MONTHS = 24;

/** Months between two ISO dates, by calendar month. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/** How one claim stands on a given day. */
export interface ClaimFreshness {
  /** `channel:<id>` or `support:<id>`. */
  item: string;
  /** The claim's field (`phone`, `sharing`…), or `statement` for a support item. */
  claim: string;
  /** The newest date the claim was checked: a claim is as fresh as its newest evidence. */
  checkedAt: string;
  safety: boolean;
  ageMonths: number;
  /**
   * `current`; `due` (older than {@link DUE_AFTER_MONTHS}: re-check it); `overdue` (a safety claim older
   * than {@link SAFETY_LIMIT_MONTHS}: re-check it or remove it; the tests fail on it).
   */
  status: 'current' | 'due' | 'overdue';
}

type Dated = { evidence: readonly { checkedAt?: string | undefined }[] };

function newest(claim: Dated): string | undefined {
  return claim.evidence.reduce<string | undefined>((latest, evidence) => {
    const date = evidence.checkedAt;
    return date && (!latest || date > latest) ? date : latest;
  }, undefined);
}

function judge(item: string, claim: string, dated: Dated, safety: boolean, today: string): ClaimFreshness | undefined {
  const checkedAt = newest(dated);
  if (!checkedAt) return undefined;
  const ageMonths = monthsBetween(checkedAt, today);
  const status = safety && ageMonths > SAFETY_LIMIT_MONTHS ? 'overdue' : ageMonths > DUE_AFTER_MONTHS ? 'due' : 'current';
  return { item, claim, checkedAt, safety, ageMonths, status };
}

/** The claims of a channel, by field name: every field whose value rests on evidence. */
export function channelClaims(channel: Channel): [string, Claim<unknown> | { evidence: Claim<unknown>['evidence'] }][] {
  return Object.entries(channel).filter(
    (entry): entry is [string, Claim<unknown>] =>
      typeof entry[1] === 'object' && entry[1] !== null && Array.isArray((entry[1] as { evidence?: unknown }).evidence),
  );
}

/**
 * Every claim of the channels and support items with its age on `today` (`YYYY-MM-DD`), oldest first.
 * Pure: the tests run it on the data and on made-up old claims, and `npm run data:check` prints it.
 */
export function claimFreshness(channels: readonly Channel[], support: readonly SupportItem[], today: string): ClaimFreshness[] {
  const safety = new Set<string>(SAFETY_CLAIMS);
  const results: (ClaimFreshness | undefined)[] = [
    ...channels.flatMap((channel) =>
      channelClaims(channel).map(([field, claim]) => judge(`channel:${channel.id}`, field, claim, safety.has(field), today)),
    ),
    ...support.map((item) => judge(`support:${item.id}`, 'statement', item, item.safety, today)),
  ];
  return results.filter((result): result is ClaimFreshness => result !== undefined).sort((a, b) => a.checkedAt.localeCompare(b.checkedAt));
}
