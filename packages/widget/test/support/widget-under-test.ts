// Every browser test imports the widget from here. In the "cdn" test group the test runner serves this
// module as a re-export of the built CDN file instead, so the same tests hold for what partners embed.
export * from '../../src/cdn.js';

/** Which build the tests run against: `source` here, `cdn` when the test runner swaps in the built file. */
export const BUILD: 'source' | 'cdn' = 'source';
