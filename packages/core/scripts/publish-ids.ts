// Adds new indicator, channel and support ids to data/published-ids.json. It never removes one: an id
// that disappears from the data must be marked retired by hand, with a reason and, when another id now
// carries its meaning, `replacedBy` (the tests enforce it; `resolveIndicatorId` follows the pointers).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readJson } from './dataset.js';
import { publishedIdsSchema } from '../src/schema/published-ids.js';
import type { PublishedIdKind, PublishedIds } from '../src/schema/published-ids.js';

const path = fileURLToPath(new URL('../data/published-ids.json', import.meta.url));
const parsed = publishedIdsSchema.safeParse(readJson('data/published-ids.json'));
if (!parsed.success) {
  console.error(`data/published-ids.json does not match its schema:\n${parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n')}`);
  process.exit(1);
}
const published: PublishedIds = parsed.data;
const current = {
  indicators: readJson<{ id: string }[]>('data/indicators.json'),
  channels: readJson<{ id: string }[]>('data/channels.json'),
  support: readJson<{ id: string }[]>('data/support.json'),
};
const KIND: Record<keyof typeof current, PublishedIdKind> = { indicators: 'indicator', channels: 'channel', support: 'support' };

let added = 0;
const problems: string[] = [];
for (const list of ['indicators', 'channels', 'support'] as const) {
  const present = new Set(current[list].map(({ id }) => id));
  const retired = published.retired.filter((entry) => entry.kind === KIND[list]);
  for (const { id } of current[list]) {
    if (!published[list].includes(id)) {
      published[list].push(id);
      added += 1;
    }
  }
  for (const id of published[list]) {
    if (!present.has(id) && !retired.some((entry) => entry.id === id)) {
      problems.push(`${KIND[list]} "${id}" is gone from the data: add it to "retired" with retiredOn, reason and, if another id carries its meaning, replacedBy`);
    }
  }
  for (const entry of retired) {
    if (entry.replacedBy !== undefined && !present.has(entry.replacedBy) && !retired.some((other) => other.id === entry.replacedBy)) {
      problems.push(`retired ${entry.kind} "${entry.id}" is replaced by "${entry.replacedBy}", which is neither current nor retired`);
    }
  }
}
writeFileSync(path, `${JSON.stringify(published, null, 2)}\n`);
console.log(`${added} new id(s) published`);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
