// Adds new indicator, channel and support ids to data/published-ids.json. It never removes one: an id
// that disappears from the data must be marked retired by hand, with a reason (the tests enforce it).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readJson } from './dataset.js';
import type { PublishedIds } from './dataset.js';

const path = fileURLToPath(new URL('../data/published-ids.json', import.meta.url));
const published = readJson<PublishedIds>('data/published-ids.json');
const current = {
  indicators: readJson<{ id: string }[]>('data/indicators.json'),
  channels: readJson<{ id: string }[]>('data/channels.json'),
  support: readJson<{ id: string }[]>('data/support.json'),
};
let added = 0;
for (const kind of ['indicators', 'channels', 'support'] as const) {
  for (const { id } of current[kind]) {
    if (!published[kind].includes(id)) {
      published[kind].push(id);
      added += 1;
    }
  }
}
writeFileSync(path, `${JSON.stringify(published, null, 2)}\n`);
console.log(`${added} new id(s) published`);
