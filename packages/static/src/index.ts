/**
 * @spot-the-signs/static: `<spot-the-signs>` as static HTML, for pages where scripts are not allowed (locked-down
 * council CMSs) and for print. The output is the element itself with a declarative shadow root holding its styles
 * and content, rendered (with Lit SSR) from the same page template as the live element: the same text and links,
 * and styles that can neither leak out into the host page nor in from it. Runs in Node.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { CONFIG_ATTRIBUTES, parseWidgetConfig } from '@spot-the-signs/core';
import type { ConfigError, WidgetConfig } from '@spot-the-signs/core';
import {
  availableLocales,
  loadPacks,
  manifestEntry,
  matchLocale,
  overridableKeys,
  textPacksFor,
  page,
  SOURCE_LOCALE,
  styles,
  TextLookup,
} from '@spot-the-signs/widget/internal/render.js';

/** Without script, the controls that need it are left out (`omit`) or shown disabled in their place (`disabled`). */
export type StaticControls = 'omit' | 'disabled';

export interface StaticOptions {
  /**
   * `omit` (default): a page without the widget's script; the controls that need script are left out.
   * `disabled`: the page also loads the widget's script, which takes the snippet over; the controls show
   * disabled in their place until then, so that nothing moves when it does.
   */
  controls?: StaticControls;
}

export interface StaticRender {
  /** `<spot-the-signs …><template shadowrootmode="open">…</template></spot-the-signs>`. */
  html: string;
  /** The language rendered: English when the one asked for is not shipped or is below `minReview`. */
  lang: string;
  /** What in the input was rejected (each replaced by its default, as the element does). */
  errors: ConfigError[];
}

/** Lit's markers are for hydration, which the element does not do: it renders afresh and replaces these nodes. */
const stripMarkers = (markup: string) => markup.replace(/<!--\/?lit-[^>]*-->|<!--\?[^>]*-->|<\?[^>]*>/g, '');

/**
 * The templates' indentation left at line ends where markers were, and the space before `>` where an event
 * binding was: insignificant in HTML (no <pre> here; text is escaped, so `"` then `>` only ends a tag).
 */
const tidyWhitespace = (markup: string) => markup.replace(/[ \t]+$/gm, '').replace(/\n{2,}/g, '\n').replace(/"\s+>/g, '">');

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A JSON data block's text must not end its `<script>` early, whatever a channel's name says. */
const jsonInScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The fields written as the element's attributes (channels and strings are properties, or the JSON data block). */
type AttributeField = Exclude<keyof typeof CONFIG_ATTRIBUTES, 'channels' | 'strings'>;
export const ATTRIBUTE_FIELDS = (Object.keys(CONFIG_ATTRIBUTES) as (keyof typeof CONFIG_ATTRIBUTES)[]).filter(
  (field): field is AttributeField => field !== 'channels' && field !== 'strings',
);

/** The language the element would show for a configuration (without a browser: no page or browser languages). */
export function languageFor(config: Pick<WidgetConfig, 'lang' | 'minReview'>): string {
  return (config.lang && matchLocale([config.lang], availableLocales(config.minReview))) || SOURCE_LOCALE;
}

/**
 * Renders the element for a configuration: the same input as the element's attributes and properties
 * (`{ lang, jurisdiction, setting, …, channels, strings }`). Invalid values fall back to their defaults and are
 * listed in `errors`.
 */
export async function renderStatic(input: Record<string, unknown>, options: StaticOptions = {}): Promise<StaticRender> {
  const controls = options.controls ?? 'omit';
  const { config, errors } = parseWidgetConfig(input, { knownStringKeys: overridableKeys() });
  const packs = textPacksFor(config.setting);
  let lang = languageFor(config);
  try {
    await loadPacks(lang, packs);
  } catch {
    lang = SOURCE_LOCALE;
    await loadPacks(lang, packs);
  }
  const t = new TextLookup(lang, config.strings);
  const content = tidyWhitespace(stripMarkers(collectResultSync(render(page({ config, language: lang }, t, undefined, controls === 'disabled')))));

  // The host carries the configuration as attributes, so that the element, if its script loads, shows the same.
  const attributes: string[] = [];
  for (const field of ATTRIBUTE_FIELDS) {
    const given = field === 'lang' ? (input.lang ?? lang) : input[field];
    if (given === undefined || given === null || given === '') continue;
    const valid = !errors.some((error) => error.field === field);
    if (valid) attributes.push(`${CONFIG_ATTRIBUTES[field]}="${escapeAttribute(String(given))}"`);
  }
  // For the script only: a page without it shows nothing of the block (the shadow root has no slot).
  const block =
    controls === 'disabled' && (config.channels.length || Object.keys(config.strings).length)
      ? `<script type="application/json">${jsonInScript({ channels: config.channels, strings: config.strings })}</script>`
      : '';
  const html =
    `<spot-the-signs ${attributes.join(' ')}><template shadowrootmode="open"><style>${styles.cssText}</style>` +
    `${content.trim()}</template>${block}</spot-the-signs>\n`;
  return { html, lang, errors };
}

/** A whole HTML page around a render, e.g. to print or to serve as is. */
export function staticPage(rendered: Pick<StaticRender, 'html' | 'lang'>, title = 'Spot the signs'): string {
  const dir = manifestEntry(rendered.lang)?.dir ?? 'ltr';
  return `<!DOCTYPE html>
<html lang="${escapeAttribute(rendered.lang)}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeAttribute(title)}</title>
</head>
<body>
${rendered.html}</body>
</html>
`;
}
