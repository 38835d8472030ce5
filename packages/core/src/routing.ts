import { channels as allChannels } from './data.js';
import { emergencyAmong, routeAmong } from './route.js';
import type { RoutedChannel, Situation } from './route.js';
import type { Channel } from './schema/channel.js';

/** Routes a situation to core's channels (or the ones given). See {@link routeAmong}. */
export function routeChannels(situation: Situation, from: readonly Channel[] = allChannels): RoutedChannel<Channel>[] {
  return routeAmong(situation, from);
}

/** The emergency channel for a jurisdiction. Every jurisdiction we support has one. */
export function emergencyChannel(jurisdiction: Situation['jurisdiction'], from: readonly Channel[] = allChannels): Channel {
  return emergencyAmong(jurisdiction, from);
}
