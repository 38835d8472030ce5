// The Custom Elements Manifest, generated from the element's JSDoc by `npm run build`.
import { CONFIG_FIELDS } from '@spot-the-signs/core';

/**
 * The configuration fields have no initialisers (every one is parsed, and its default applied, in one place),
 * so the analyzer sees no default: this fills it in from core's configuration table, as source text.
 * A field whose default is worked out from the page (`lang`) gets none.
 */
function configurationDefaults() {
  const byProperty = new Map(Object.values(CONFIG_FIELDS).map((spec) => [spec.property, spec]));
  const defaultOf = (property) => {
    const spec = byProperty.get(property);
    return spec && spec.default !== undefined ? JSON.stringify(spec.default) : undefined;
  };
  return {
    name: 'spot-the-signs-configuration-defaults',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        for (const member of [...(declaration.attributes ?? []), ...(declaration.members ?? [])]) {
          const fallback = defaultOf(member.fieldName ?? member.name);
          if (fallback !== undefined) member.default = fallback;
        }
      }
    },
  };
}

export default {
  globs: ['src/spot-the-signs.component.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [configurationDefaults()],
};
