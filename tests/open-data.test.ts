/**
 * The open data a council or developer downloads (packages/core/dist/data) validates against the JSON Schemas
 * published beside it (dist/schema), with a validator other than the zod that wrote them.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';

const core = fileURLToPath(new URL('../packages/core/dist/', import.meta.url));
const read = (path: string) => JSON.parse(readFileSync(`${core}${path}`, 'utf8')) as Record<string, unknown>;
const files = readdirSync(`${core}data`).filter((name) => name.endsWith('.json'));

describe('the open data validates against its published JSON Schemas', () => {
  it('publishes the data files, key signs included', () => {
    for (const name of ['indicators', 'channels', 'support', 'sources', 'key-signs', 'locales']) assert.ok(files.includes(`${name}.json`), name);
  });

  for (const file of files) {
    it(file, () => {
      const data = read(`data/${file}`);
      const schemaPath = (data.$schema as string).replace('../', '');
      const validate = new Ajv2020({ allErrors: true, strict: false }).compile(read(schemaPath));
      const ok = validate(data);
      assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 3)));
      assert.ok(Array.isArray(data.items) && data.items.length > 0, 'items');
      // The schema must be able to refuse: an item that is not an object fails.
      assert.equal(validate({ ...data, items: [42] }), false);
    });
  }
});
