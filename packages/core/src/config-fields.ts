/**
 * Every configuration field of the widget, once. The defaults, the attribute names, the allowed values and
 * their wording (`WIDGET_DEFAULTS`, `CONFIG_ATTRIBUTES`, `CONFIG_CHOICES`, `CONFIG_ALLOWED` in config.ts), the
 * input schema and the published JSON Schema, the element's attributes, the React props and the configuration
 * reference all come from this table; where code cannot derive a list (the element's JSDoc'd properties, the
 * zod output schema, the hand-written checks), a test holds it equal to this table.
 *
 * This module is in the embed: keep it to plain data, no zod.
 */
import { AUDIENCES, JURISDICTIONS, REVIEW_STATUSES, VIEWS, WIDGET_SETTINGS } from './schema/vocabulary.js';

/** The quick exit button is shown (`on`) or not. */
export const QUICK_EXIT_MODES = ['on', 'off'] as const;
export type QuickExitMode = (typeof QUICK_EXIT_MODES)[number];

/** The levels the main heading can take, so that it fits the partner page's outline. */
export const HEADING_LEVELS = [1, 2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

export interface ConfigFieldSpec {
  /** The HTML attribute, also the name warnings use for the field. */
  readonly attribute: string;
  /** The element's property (and React prop). `lang` is `requestedLang`: `lang` is every element's own. */
  readonly property: string;
  /** False for objects: set as a property or in the JSON data block, never as an HTML attribute. */
  readonly inHtml: boolean;
  /** The TypeScript type a partner writes (the element's property type without `| undefined`). */
  readonly type: string;
  /** The values allowed, for a field that takes one of a list. */
  readonly choices?: readonly (string | number)[];
  /** What the field accepts, in words: the warnings and the reference print it. */
  readonly allowed: string;
  /** The value used when the field is missing or invalid; `undefined` when it is worked out from the page. */
  readonly default: unknown;
  /** The default in words, where it is not a plain value. */
  readonly defaultInWords?: string;
  /** What the field does, for a partner: the element's JSDoc and the reference say exactly this. */
  readonly description: string;
  /** The version that introduced the field. */
  readonly since: string;
}

const oneOf = (values: readonly string[]) => `one of ${values.map((v) => `"${v}"`).join(', ')}`;

export const CONFIG_FIELDS = {
  lang: {
    attribute: 'lang',
    property: 'requestedLang',
    inHtml: true,
    type: 'string',
    allowed: 'a BCP-47 language tag such as "en-GB", "cy", "lt" or "ro"',
    default: undefined,
    defaultInWords: "the nearest ancestor's `lang`, then the browser's languages, then `en-GB`",
    description: 'The language to show first; the reader can switch.',
    since: '0.1.0',
  },
  jurisdiction: {
    attribute: 'jurisdiction',
    property: 'jurisdiction',
    inHtml: true,
    type: 'Jurisdiction',
    choices: JURISDICTIONS,
    allowed: oneOf(JURISDICTIONS),
    default: 'GB-ENG',
    description: 'Where the reader is: it decides which helplines, police and support services show.',
    since: '0.1.0',
  },
  setting: {
    attribute: 'setting',
    property: 'setting',
    inHtml: true,
    type: 'WidgetSetting',
    choices: WIDGET_SETTINGS,
    allowed: oneOf(WIDGET_SETTINGS),
    default: 'general',
    description: 'The kind of place the page is about: adds the signs seen there to the signs seen anywhere.',
    since: '0.1.0',
  },
  audience: {
    attribute: 'audience',
    property: 'audience',
    inHtml: true,
    type: 'Audience',
    choices: AUDIENCES,
    allowed: oneOf(AUDIENCES),
    default: 'public',
    description: 'Who is reading: shows the signs they are most likely to notice (`public` shows all).',
    since: '0.1.0',
  },
  view: {
    attribute: 'view',
    property: 'view',
    inHtml: true,
    type: 'View',
    choices: VIEWS,
    allowed: oneOf(VIEWS),
    default: 'someone-else',
    description: 'Who the page is about at first: `me` puts getting help first and speaks to the reader.',
    since: '0.1.0',
  },
  exitUrl: {
    attribute: 'exit-url',
    property: 'exitUrl',
    inHtml: true,
    type: 'string',
    allowed: 'an https: address such as "https://www.bbc.co.uk/weather"',
    // GOV.UK's researched default: a neutral page that shows nothing personal.
    default: 'https://www.bbc.co.uk/weather',
    description: 'Where the quick exit goes: a neutral page that shows nothing personal.',
    since: '0.1.0',
  },
  headingLevel: {
    attribute: 'heading-level',
    property: 'headingLevel',
    inHtml: true,
    type: 'HeadingLevel | `${HeadingLevel}`',
    choices: HEADING_LEVELS,
    allowed: 'a whole number from 1 to 6',
    default: 2,
    description: "The level of the main heading, to fit the page's outline.",
    since: '0.1.0',
  },
  quickExit: {
    attribute: 'quick-exit',
    property: 'quickExit',
    inHtml: true,
    type: 'QuickExitMode',
    choices: QUICK_EXIT_MODES,
    allowed: '"on" or "off"',
    default: 'on',
    description: 'Shows the quick exit button and turns on its keyboard shortcut.',
    since: '0.1.0',
  },
  minReview: {
    attribute: 'min-review',
    property: 'minReview',
    inHtml: true,
    type: 'ReviewStatus',
    choices: REVIEW_STATUSES,
    allowed: oneOf(REVIEW_STATUSES),
    default: 'machine-draft',
    description: 'Hides translations reviewed less than this (English, the source, always shows).',
    since: '0.1.0',
  },
  channels: {
    attribute: 'channels',
    property: 'channels',
    inHtml: false,
    type: 'PartnerChannel[]',
    allowed:
      'a list of up to 20 channels, each with a kebab-case "id", a "name" and at least one of "phone" ({tel, display}), "sms", "email" or an https "url"',
    default: [],
    description: "The partner's own channels, such as a council's HMO team, shown with the others.",
    since: '0.1.0',
  },
  strings: {
    attribute: 'strings',
    property: 'strings',
    inHtml: false,
    type: 'StringOverrides',
    allowed: 'an object of language tags, each mapping a known text key to plain text of up to 1,000 characters',
    default: {},
    description: 'Text overrides per language: `{ "en-GB": { "heading": "…" } }`.',
    since: '0.1.0',
  },
} as const satisfies Record<string, ConfigFieldSpec>;

export type ConfigField = keyof typeof CONFIG_FIELDS;

/** The fields in the table's order (the order of the reference and of the element's properties). */
export const CONFIG_FIELD_NAMES = Object.keys(CONFIG_FIELDS) as ConfigField[];
