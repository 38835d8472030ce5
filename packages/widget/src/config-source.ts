import { CONFIG_ATTRIBUTES } from '@spot-the-signs/core';

/** The selector of the optional JSON data block a partner can put inside the tag (for CMSs without JavaScript). */
export const CONFIG_BLOCK_SELECTOR = 'script[type="application/json"]';

export interface ConfigBlock {
  value: Record<string, unknown>;
  error?: string;
}

/**
 * Reads `<script type="application/json">{"channels": […], "strings": {…}}</script>` placed inside the
 * element. The block is data, never run; a broken block is reported and ignored.
 */
export function readConfigBlock(host: Element): ConfigBlock {
  const block = [...host.children].find((child) => child.matches(CONFIG_BLOCK_SELECTOR));
  if (!block) return { value: {} };
  try {
    const parsed: unknown = JSON.parse(block.textContent ?? '');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return { value: parsed as Record<string, unknown> };
    return { value: {}, error: 'the JSON data block must hold an object such as {"channels": [...]}' };
  } catch (error) {
    return { value: {}, error: `the JSON data block is not valid JSON (${(error as Error).message})` };
  }
}

/** The language the page around the element is written in, if it says. */
export function inheritedLanguage(host: Element): string | undefined {
  let node: Element | null = host.parentElement;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    const parent: Node | null = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null;
    node = parent instanceof Element ? parent : null;
  }
  return document.documentElement.getAttribute('lang') || undefined;
}

export { CONFIG_ATTRIBUTES };
