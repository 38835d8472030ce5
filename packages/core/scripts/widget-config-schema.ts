// The published JSON Schema of the widget configuration: what a partner writes (a JSON data block, a CLI
// `--config` file), so a field with a default is optional and a channel's `kind` may be left out.
import * as z from 'zod/mini';
import { CONFIG_FIELD_DOCS } from '../src/config-fields.js';
import type { ConfigField } from '../src/config-fields.js';
import { widgetConfigInputSchema } from '../src/schema/config.js';

interface ObjectSchema {
  properties: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}

/** The ways to get in touch; a channel needs one (zod's refinement, which JSON Schema cannot be given from zod). */
export const CHANNEL_CONTACTS = ['phone', 'sms', 'email', 'url'] as const;

export function widgetConfigJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(widgetConfigInputSchema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' }) as unknown as ObjectSchema;
  for (const [field, property] of Object.entries(schema.properties)) {
    property.description = CONFIG_FIELD_DOCS[field as ConfigField].description;
  }
  const channel = (schema.properties.channels as { items: Record<string, unknown> }).items;
  channel.anyOf = CHANNEL_CONTACTS.map((contact) => ({ required: [contact] }));
  return {
    $schema: schema.$schema,
    $id: 'https://spot-the-signs.example/schema/widget-config.schema.json',
    title: 'Spot the Signs widget configuration',
    ...schema,
    // A misspelt field would otherwise pass unseen (the widget ignores keys it does not know); `$schema` lets a
    // configuration file name this schema for editors.
    properties: { $schema: { type: 'string' }, ...schema.properties },
    additionalProperties: false,
  };
}
