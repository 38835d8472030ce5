/** What every copy of the widget on a page shares, whatever its version or bundle. */
interface PageRegistry {
  /** The version that defined each tag. */
  versions: Record<string, string>;
  /** Tag/version pairs already warned about, so a page warns once, not once per script. */
  warned: string[];
}

const REGISTRY_KEY = Symbol.for('spot-the-signs.registry');

export function pageRegistry(): PageRegistry {
  const global = globalThis as unknown as Record<symbol, PageRegistry | undefined>;
  global[REGISTRY_KEY] ??= { versions: {}, warned: [] };
  return global[REGISTRY_KEY];
}

export type DefineResult = 'defined' | 'already-defined' | 'other-version-defined';

/**
 * Defines a custom element once per page. Two partners may embed two copies (an npm bundle and the
 * CDN file, or two versions): a second definition must never throw. The same version is a silent
 * no-op; a different version is one console warning, and the first definition stays in charge.
 */
export function defineElement(tag: string, element: CustomElementConstructor, version: string): DefineResult {
  const registry = pageRegistry();
  const existing = customElements.get(tag);
  if (existing) {
    const existingVersion =
      registry.versions[tag] ?? (existing as unknown as { version?: string }).version ?? 'unknown';
    if (existingVersion === version) return 'already-defined';
    const pair = `${tag}@${existingVersion}+${version}`;
    if (!registry.warned.includes(pair)) {
      registry.warned.push(pair);
      console.warn(
        `[spot-the-signs] <${tag}> ${existingVersion} is already on this page, so ${version} was not registered. ` +
          'Every <spot-the-signs> on the page uses the first version loaded. Load one copy of the widget to avoid this.',
      );
    }
    return 'other-version-defined';
  }
  try {
    customElements.define(tag, element);
  } catch {
    // The same class may already be defined under another tag name; a subclass is a new constructor.
    customElements.define(tag, class extends (element as unknown as { new (): HTMLElement }) {});
  }
  registry.versions[tag] = version;
  return 'defined';
}
