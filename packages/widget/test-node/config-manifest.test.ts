/**
 * The element's configuration, as the Custom Elements Manifest sees it (built from the `static properties` block
 * and the JSDoc'd property declarations, which the analyzer must read statically), against core's configuration
 * table: the same attributes in the same order, and for each its property, description, type and default.
 * Editors, docs/reference/element.md and framework wrappers read the manifest. Needs `npm run build`.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CONFIG_FIELD_DOCS, CONFIG_FIELDS } from '@spot-the-signs/core';
import type { ConfigField } from '@spot-the-signs/core';

interface Entry {
  name: string;
  kind?: string;
  fieldName?: string;
  attribute?: string;
  description?: string;
  default?: string;
  type?: { text: string };
}
interface Declaration {
  tagName?: string;
  attributes?: Entry[];
  members?: Entry[];
}

const manifest = JSON.parse(readFileSync(new URL('../dist/custom-elements.json', import.meta.url), 'utf8')) as { modules: { declarations?: Declaration[] }[] };
const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === 'spot-the-signs');
const fields = Object.entries(CONFIG_FIELDS) as [ConfigField, (typeof CONFIG_FIELDS)[ConfigField]][];

/** What the manifest should say of a field: its JSDoc is the table's description, its type the table's type. */
const expected = (field: ConfigField, spec: (typeof CONFIG_FIELDS)[ConfigField]) => ({
  description: CONFIG_FIELD_DOCS[field].description,
  type: `${CONFIG_FIELD_DOCS[field].type} | undefined`,
  default: spec.default === undefined ? undefined : JSON.stringify(spec.default),
});

describe('the element in the Custom Elements Manifest, against the configuration table', () => {
  it('has exactly the HTML attributes of the table, in its order', () => {
    assert.ok(element, 'no <spot-the-signs> in dist/custom-elements.json');
    const inHtml = fields.filter(([, spec]) => spec.inHtml);
    assert.deepEqual(
      (element.attributes ?? []).map((attribute) => [attribute.name, attribute.fieldName]),
      inHtml.map(([, spec]) => [spec.attribute, spec.property]),
    );
  });

  for (const [field, spec] of fields) {
    it(`${field}: ${spec.inHtml ? `attribute \`${spec.attribute}\`` : 'property only'}, \`${spec.property}\`, described, typed and defaulted as in the table`, () => {
      const member = element?.members?.find((entry) => entry.kind === 'field' && entry.name === spec.property);
      assert.ok(member, `no field ${spec.property}`);
      assert.equal(member.attribute, spec.inHtml ? spec.attribute : undefined, 'attribute');
      const { description, type, default: fallback } = expected(field as ConfigField, spec);
      const entries = [member, ...(element?.attributes ?? []).filter((attribute) => attribute.fieldName === spec.property)];
      for (const entry of entries) {
        assert.equal(entry.description, description, `${entry.name}: description`);
        assert.equal(entry.type?.text, type, `${entry.name}: type`);
        assert.equal(entry.default, fallback, `${entry.name}: default`);
      }
    });
  }
});
