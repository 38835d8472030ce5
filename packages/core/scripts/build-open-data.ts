// Writes the open data (dist/data/*.json) and JSON Schemas (dist/schema/*.json) so that a council's
// CMS team or a Python/PHP service can use the data without TypeScript. Fails on invalid data.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { coreRoot, DATA_FILES, readJson, schemaProblems } from './dataset.js';
import type { DataFileName } from './dataset.js';
import { channelSchema } from '../src/schema/channel.js';
import { widgetConfigJsonSchema } from './widget-config-schema.js';
import { indicatorSchema } from '../src/schema/indicator.js';
import { keySignListSchema } from '../src/schema/key-signs.js';
import { localeManifestEntrySchema } from '../src/schema/locale.js';
import { sourceSchema } from '../src/schema/source.js';
import { supportItemSchema } from '../src/schema/support.js';
import { citedSourceIds } from '../src/data.js';
import { SOURCE_LOCALE } from '../src/schema/vocabulary.js';

const problems = (Object.keys(DATA_FILES) as DataFileName[]).flatMap(schemaProblems);
if (problems.length) {
  console.error(`Invalid data:\n${problems.join('\n')}`);
  process.exit(1);
}

const pkg = readJson<{ version: string }>('package.json');
const sources = readJson<{ id: string }[]>('data/sources.json');
const sourceById = new Map(sources.map((s) => [s.id, s]));
const localeCodes = readdirSync(join(coreRoot, 'locales')).filter((code) => existsSync(join(coreRoot, 'locales', code, 'content.json')));
type Content = Record<'indicators' | 'channels' | 'support', Record<string, Record<string, string>>> & { about: Record<string, string> };
const content = Object.fromEntries(localeCodes.map((code) => [code, readJson<Content>(`locales/${code}/content.json`)]));
const english = content[SOURCE_LOCALE] as Content;

const withSourcesAndText = (kind: 'indicators' | 'channels' | 'support', items: (Parameters<typeof citedSourceIds>[0] & { id: string })[]) =>
  items.map((item) => ({
    ...item,
    sources: citedSourceIds(item).map((id) => sourceById.get(id)),
    text: Object.fromEntries(localeCodes.map((code) => [code, content[code]?.[kind]?.[item.id]]).filter(([, text]) => text)),
  }));

const envelope = (name: string, items: unknown[]) => ({
  $schema: `../schema/${name}.schema.json`,
  name: `Spot the Signs: ${name}`,
  version: pkg.version,
  licence: 'CC-BY-4.0',
  credit:
    'Spot the Signs contributors. Facts summarised in our own words from the sources cited on each item; Crown material is used under the Open Government Licence v3.0.',
  notice: english.about.datasetNotice,
  items,
});

const dataDir = join(coreRoot, 'dist', 'data');
const schemaDir = join(coreRoot, 'dist', 'schema');
mkdirSync(dataDir, { recursive: true });
mkdirSync(schemaDir, { recursive: true });
const write = (path: string, value: unknown) => writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);

write(join(dataDir, 'indicators.json'), envelope('indicators', withSourcesAndText('indicators', readJson('data/indicators.json'))));
write(join(dataDir, 'channels.json'), envelope('channels', withSourcesAndText('channels', readJson('data/channels.json'))));
write(join(dataDir, 'support.json'), envelope('support', withSourcesAndText('support', readJson('data/support.json'))));
write(join(dataDir, 'sources.json'), envelope('sources', sources));
write(join(dataDir, 'key-signs.json'), envelope('key-signs', readJson('data/key-signs.json')));
write(join(dataDir, 'locales.json'), envelope('locales', readJson('data/locales.json')));

/** Each item schema is wrapped in the same envelope as the data, so a file validates as a whole. */
const envelopeSchema = (name: string, item: z.ZodMiniType) => {
  const itemSchema = z.toJSONSchema(item, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  delete itemSchema.$schema;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://spot-the-signs.example/schema/${name}.schema.json`,
    title: `Spot the Signs ${name}`,
    type: 'object',
    required: ['version', 'licence', 'items'],
    properties: {
      $schema: { type: 'string' },
      name: { type: 'string' },
      version: { type: 'string' },
      licence: { type: 'string' },
      credit: { type: 'string' },
      notice: { type: 'string' },
      items: { type: 'array', items: itemSchema },
    },
  };
};

// Open data inlines each cited source and adds text; the item schemas describe the data files as stored.
const openItem = (schema: z.ZodMiniObject) =>
  z.object({
    ...schema.shape,
    sources: z.array(sourceSchema),
    text: z.record(z.string(), z.record(z.string(), z.string())),
  });

write(join(schemaDir, 'indicators.schema.json'), envelopeSchema('indicators', openItem(indicatorSchema)));
write(join(schemaDir, 'channels.schema.json'), envelopeSchema('channels', openItem(channelSchema)));
write(join(schemaDir, 'support.schema.json'), envelopeSchema('support', openItem(supportItemSchema)));
write(join(schemaDir, 'sources.schema.json'), envelopeSchema('sources', sourceSchema));
write(join(schemaDir, 'key-signs.schema.json'), envelopeSchema('key-signs', keySignListSchema));
write(join(schemaDir, 'locales.schema.json'), envelopeSchema('locales', localeManifestEntrySchema));
write(join(schemaDir, 'widget-config.schema.json'), widgetConfigJsonSchema());
console.log(`open data: ${localeCodes.length} locale(s) → ${dataDir}, schemas → ${schemaDir}`);
