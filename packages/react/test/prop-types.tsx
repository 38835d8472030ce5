/**
 * Type tests, run by `tsc -p tsconfig.test.json` (not executed): the props accept what the docs show and refuse
 * what the widget would refuse. Each `@ts-expect-error` fails the type-check if its line ever compiles.
 */
import { createElement } from 'react';
import { SpotTheSigns } from '@spot-the-signs/react';
import type { PartnerChannel, SpotTheSignsProps } from '@spot-the-signs/react';

// The channel of the docs: an id, a name and one way to get in touch; its kind is optional.
const ourTeam: PartnerChannel = { id: 'our-hmo-team', name: 'Our HMO team', url: 'https://www.example.gov.uk/hmo' };

export const documented: SpotTheSignsProps = {
  jurisdiction: 'GB-CAM',
  setting: 'home',
  audience: 'landlord',
  view: 'me',
  exitUrl: 'https://www.bbc.co.uk/weather',
  headingLevel: 3,
  quickExit: 'off',
  minReview: 'community-reviewed',
  channels: [ourTeam, { id: 'phone-line', name: { 'en-GB': 'Phone line', cy: 'Llinell ffôn' }, phone: { tel: '+441632960123', display: '01632 960 123' } }],
  strings: { 'en-GB': { heading: 'Worried about a home?' } },
};

export const elements = [
  createElement(SpotTheSigns, { jurisdiction: 'GB-CAM', setting: 'home', channels: [ourTeam] }),
  // @ts-expect-error: "nonsense" is not a setting
  createElement(SpotTheSigns, { setting: 'nonsense' }),
  // @ts-expect-error: "GB-XX" is not a jurisdiction
  createElement(SpotTheSigns, { jurisdiction: 'GB-XX' }),
];

// @ts-expect-error: not an audience
export const badAudience: SpotTheSignsProps = { audience: 'everyone' };
// @ts-expect-error: the heading levels are 1 to 6
export const badHeading: SpotTheSignsProps = { headingLevel: 7 };
// @ts-expect-error: a channel needs a name
export const namelessChannel: PartnerChannel = { id: 'x', url: 'https://www.example.gov.uk/' };
