/**
 * Every configuration field of the widget, once. The defaults, the attribute names, the allowed values and
 * their wording (`WIDGET_DEFAULTS`, `CONFIG_ATTRIBUTES`, `CONFIG_CHOICES`, `CONFIG_ALLOWED` in config.ts), the
 * input schema and the published JSON Schema, the element's attributes, the React props and the configuration
 * reference all come from this table; where code cannot derive a list (the element's JSDoc'd properties, the
 * zod output schema, the hand-written checks), a test holds it equal to this table.
 *
 * This module is in the embed: keep it to plain data, no zod. Only `CONFIG_FIELDS` stays in the bundle; the
 * words for partners (`CONFIG_FIELD_DOCS`) are read by the docs, the JSON Schema and the tests only.
 */
import { AUDIENCES, JURISDICTIONS, REVIEW_STATUSES, VIEWS, WIDGET_SETTINGS } from './schema/vocabulary.js';

/** The quick exit button is shown (`on`) or not. */
export const QUICK_EXIT_MODES = ['on', 'off'] as const;
export type QuickExitMode = (typeof QUICK_EXIT_MODES)[number];

/** What the widget opens on: the signs (`signs`), or the "What should I do?" guide (`guide`). */
export const START_SCREENS = ['signs', 'guide'] as const;
export type StartScreen = (typeof START_SCREENS)[number];

/** The levels the main heading can take, so that it fits the partner page's outline. */
export const HEADING_LEVELS = [1, 2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/** The columns the widget runs on (they are in the embed). */
export interface ConfigFieldSpec {
  /** The HTML attribute, also the name warnings use for the field. */
  readonly attribute: string;
  /** The element's property (and React prop). `lang` is `requestedLang`: `lang` is every element's own. */
  readonly property: string;
  /** False for objects: set as a property or in the JSON data block, never as an HTML attribute. */
  readonly inHtml: boolean;
  /** The values allowed, for a field that takes one of a list. */
  readonly choices?: readonly (string | number)[];
  /** What the field accepts, in words: the warnings and the reference print it. */
  readonly allowed: string;
  /** The value used when the field is missing or invalid; `undefined` when it is worked out from the page. */
  readonly default: unknown;
}

/** The columns for partners and their tools: the docs, the JSON Schema, the element's JSDoc and types. */
export interface ConfigFieldDocs {
  /** The TypeScript type a partner writes (the element's property type without `| undefined`). */
  readonly type: string;
  /** What the field does, for a partner: the element's JSDoc and the reference say exactly this. */
  readonly description: string;
  /** The default in words, where it is not a plain value. */
  readonly defaultInWords?: string;
  /** The version that introduced the field. */
  readonly since: string;
}

const oneOf = (values: readonly string[]) => `one of ${values.map((v) => `"${v}"`).join(', ')}`;

/** Every configuration field of the widget, once: what the widget runs on. Its words are in {@link CONFIG_FIELD_DOCS}. */
export const CONFIG_FIELDS = {
  lang: {
    attribute: 'lang',
    property: 'requestedLang',
    inHtml: true,
    allowed: 'a BCP-47 language tag such as "en-GB", "cy", "lt" or "ro"',
    default: undefined,
  },
  jurisdiction: {
    attribute: 'jurisdiction',
    property: 'jurisdiction',
    inHtml: true,
    choices: JURISDICTIONS,
    allowed: oneOf(JURISDICTIONS),
    default: 'GB-ENG',
  },
  setting: {
    attribute: 'setting',
    property: 'setting',
    inHtml: true,
    choices: WIDGET_SETTINGS,
    allowed: oneOf(WIDGET_SETTINGS),
    default: 'general',
  },
  audience: {
    attribute: 'audience',
    property: 'audience',
    inHtml: true,
    choices: AUDIENCES,
    allowed: oneOf(AUDIENCES),
    default: 'public',
  },
  view: {
    attribute: 'view',
    property: 'view',
    inHtml: true,
    choices: VIEWS,
    allowed: oneOf(VIEWS),
    default: 'someone-else',
  },
  exitUrl: {
    attribute: 'exit-url',
    property: 'exitUrl',
    inHtml: true,
    allowed: 'an https: address such as "https://www.bbc.co.uk/weather"',
    // GOV.UK's researched default: a neutral page that shows nothing personal.
    default: 'https://www.bbc.co.uk/weather',
  },
  headingLevel: {
    attribute: 'heading-level',
    property: 'headingLevel',
    inHtml: true,
    choices: HEADING_LEVELS,
    allowed: 'a whole number from 1 to 6',
    default: 2,
  },
  quickExit: {
    attribute: 'quick-exit',
    property: 'quickExit',
    inHtml: true,
    choices: QUICK_EXIT_MODES,
    allowed: '"on" or "off"',
    default: 'on',
  },
  minReview: {
    attribute: 'min-review',
    property: 'minReview',
    inHtml: true,
    choices: REVIEW_STATUSES,
    allowed: oneOf(REVIEW_STATUSES),
    default: 'machine-draft',
  },
  start: {
    attribute: 'start',
    property: 'start',
    inHtml: true,
    choices: START_SCREENS,
    allowed: '"signs" or "guide"',
    default: 'signs',
  },
  channels: {
    attribute: 'channels',
    property: 'channels',
    inHtml: false,
    allowed:
      'a list of up to 20 channels, each with a kebab-case "id", a "name" and at least one of "phone" ({tel, display}), "sms", "email" or an https "url"',
    default: [],
  },
  strings: {
    attribute: 'strings',
    property: 'strings',
    inHtml: false,
    allowed: 'an object of language tags, each mapping a known text key to plain text of up to 1,000 characters',
    default: {},
  },
} as const satisfies Record<string, ConfigFieldSpec>;

export type ConfigField = keyof typeof CONFIG_FIELDS;

/**
 * The rest of each field's row: its type, what it does, since when. A column group of the same table, kept in
 * its own object only because nothing in the widget reads it, so the embed leaves it out (about half a
 * kilobyte brotli of the budget every reader pays). The compiler requires one entry per field, no more.
 */
export const CONFIG_FIELD_DOCS = {
  lang: {
    type: 'string',
    defaultInWords: "the nearest ancestor's `lang`, then the browser's languages, then `en-GB`",
    description: 'The language to show first; the reader can switch.',
    since: '0.1.0',
  },
  jurisdiction: {
    type: 'Jurisdiction',
    description: 'Where the reader is: it decides which helplines, police and support services show.',
    since: '0.1.0',
  },
  setting: {
    type: 'WidgetSetting',
    description: 'The kind of place the page is about: adds the signs seen there to the signs seen anywhere.',
    since: '0.1.0',
  },
  audience: {
    type: 'Audience',
    description: 'Who is reading: shows the signs they are most likely to notice (`public` shows all).',
    since: '0.1.0',
  },
  view: {
    type: 'View',
    description: 'Who the page is about at first: `me` puts getting help first and speaks to the reader.',
    since: '0.1.0',
  },
  exitUrl: {
    type: 'string',
    description: 'Where the quick exit goes: a neutral page that shows nothing personal.',
    since: '0.1.0',
  },
  headingLevel: {
    type: 'HeadingLevel | `${HeadingLevel}`',
    description: "The level of the main heading, to fit the page's outline.",
    since: '0.1.0',
  },
  quickExit: {
    type: 'QuickExitMode',
    description: 'Shows the quick exit button and turns on its keyboard shortcut.',
    since: '0.1.0',
  },
  minReview: {
    type: 'ReviewStatus',
    description: 'Hides translations reviewed less than this (English, the source, always shows).',
    since: '0.1.0',
  },
  start: {
    type: 'StartScreen',
    description: 'What the widget opens on: the signs, or `guide`, the few questions that lead to the right number.',
    since: '0.2.0',
  },
  channels: {
    type: 'PartnerChannel[]',
    description: "The partner's own channels, such as a council's HMO team, shown with the others.",
    since: '0.1.0',
  },
  strings: {
    type: 'StringOverrides',
    description: 'Text overrides per language: `{ "en-GB": { "heading": "…" } }`.',
    since: '0.1.0',
  },
} as const satisfies { readonly [F in ConfigField]: ConfigFieldDocs };

/** The fields in the table's order (the order of the reference and of the element's properties). */
export const CONFIG_FIELD_NAMES = Object.keys(CONFIG_FIELDS) as ConfigField[];
