/**
 * Controlled vocabularies shared by the data, the schemas and the widget.
 * Each list is `as const` so that types come from the same place as the runtime values.
 */

/** The language the data and the text are written in: every translation's last fallback. */
export const SOURCE_LOCALE = 'en-GB';

/** The Home Office grouping of indicators (statutory guidance, identification chapter). */
export const INDICATOR_CATEGORIES = ['physical', 'psychological', 'situational', 'environmental'] as const;

/**
 * Forms of exploitation used in UK practice. `county-lines` and `cannabis-cultivation` are forms of
 * criminal exploitation: selecting `criminal` also selects them (see {@link EXPLOITATION_PARENT}).
 */
export const EXPLOITATION_TYPES = [
  'sexual',
  'labour',
  'domestic-servitude',
  'criminal',
  'county-lines',
  'cannabis-cultivation',
  'organ-removal',
  'financial',
] as const;

/** Narrower exploitation types and the broader type each belongs to. */
export const EXPLOITATION_PARENT = {
  'county-lines': 'criminal',
  'cannabis-cultivation': 'criminal',
} as const;

/** Places a sign can be specific to. `home` covers private homes and HMOs (houses in multiple occupation). */
export const SPECIFIC_SETTINGS = [
  'home',
  'car-wash',
  'nail-bar',
  'agriculture',
  'food-processing',
  'construction',
  'hospitality',
  'care',
  'street',
  'online',
] as const;

/** Where a sign is seen: a specific place, or `any` for a sign that can be seen anywhere. */
export const SETTINGS = ['any', ...SPECIFIC_SETTINGS] as const;

/** Who is most likely to notice a sign. `worker` means a worker or a potential victim reading about themself. */
export const AUDIENCES = [
  'public',
  'neighbour',
  'landlord',
  'housing-officer',
  'employer',
  'health-worker',
  'worker',
] as const;

/** The ILO's 11 indicators of forced labour (2012). */
export const ILO_INDICATORS = [
  'abuse-of-vulnerability',
  'deception',
  'restriction-of-movement',
  'isolation',
  'physical-and-sexual-violence',
  'intimidation-and-threats',
  'retention-of-identity-documents',
  'withholding-of-wages',
  'debt-bondage',
  'abusive-working-and-living-conditions',
  'excessive-overtime',
] as const;

/** The three elements of the Palermo Protocol definition of trafficking. */
export const PALERMO_ELEMENTS = ['act', 'means', 'purpose'] as const;

/**
 * How strongly a sign points to exploitation. Optional: the graded ILO-EC Delphi indicators are not yet
 * confirmed in our references, so no indicator sets it until a source supports the grade.
 */
export const INDICATOR_STRENGTHS = ['strong', 'medium', 'weak'] as const;

/** Who a sign is about. Child signs matter for routing: a child involved means child channels. */
export const SUBJECTS = ['adult', 'child'] as const;

/** The seven signs of the Home Office public awareness material. */
export const HOME_OFFICE_PUBLIC_SIGNS = [
  'poor-physical-appearance',
  'isolation',
  'poor-living-conditions',
  'few-personal-effects',
  'restricted-freedom-of-movement',
  'unusual-travel-times',
  'reluctance-to-seek-help',
] as const;

/** The five signs named by the Cambridgeshire and Peterborough campaign this project comes from. */
export const CAMPAIGN_SIGNS = [
  'physical-or-psychological-abuse',
  'fear-of-authorities',
  'irregular-activity-at-addresses',
  'poor-living-conditions',
  'long-hours-little-or-no-pay',
] as const;

/** A view opens with at most this many headline signs (`data/key-signs.json`), and at least {@link KEY_SIGNS_MIN}. */
export const KEY_SIGNS_MAX = 7;
export const KEY_SIGNS_MIN = 5;

/** The residential and HMO signs, numbered as in our domain reference (§3), 1 to 19. */
export const HMO_SIGN_COUNT = 19;

/**
 * Jurisdictions we hold channels for: ISO 3166-1 countries, ISO 3166-2 subdivisions, and `EU`.
 * `GB-CAM` is Cambridgeshire and `GB-PTE` is Peterborough (a unitary authority).
 */
export const JURISDICTIONS = [
  'GB',
  'GB-ENG',
  'GB-WLS',
  'GB-SCT',
  'GB-NIR',
  'GB-CAM',
  'GB-PTE',
  'IE',
  'US',
  'CA',
  'AU',
  'EU',
] as const;

/** The next wider jurisdiction. Routing falls back county → nation → country. */
export const JURISDICTION_PARENT = {
  'GB-CAM': 'GB-ENG',
  'GB-PTE': 'GB-ENG',
  'GB-ENG': 'GB',
  'GB-WLS': 'GB',
  'GB-SCT': 'GB',
  'GB-NIR': 'GB',
} as const;

export const CHANNEL_KINDS = [
  'emergency',
  'police-non-emergency',
  'helpline',
  'anonymous',
  'regulator',
  'child',
  'victim-support',
  'online-report',
] as const;

/** Who a channel serves. */
export const CHANNEL_AUDIENCES = [
  'anyone',
  'potential-victim',
  'public',
  'professional',
  'business',
  'worker',
  'child',
  'adult-worried-about-child',
  'migrant',
  'rail-passenger',
] as const;

/**
 * What a channel does with what you tell it, and with whom it shares it. The full wording lives in the
 * locale files (`channel.sharing.<value>`); each value says only what its sources support:
 * - `asks-before-sharing`: asks you before passing your details on, except when someone is in danger or a
 *   child is at risk;
 * - `law-enforcement`: it is the police or another law enforcement agency;
 * - `passes-on-without-your-details`: passes what you say to the police, but not who you are;
 * - `may-share-with-police`: may pass what you say to the police;
 * - `may-share-to-protect`: may pass concerns to the police or children's services to keep someone safe.
 */
export const SHARING_POLICIES = [
  'asks-before-sharing',
  'law-enforcement',
  'passes-on-without-your-details',
  'may-share-with-police',
  'may-share-to-protect',
] as const;

/** The claims a reader's safety depends on: they must have been checked within 24 months. */
export const SAFETY_CLAIMS = ['operator', 'anonymous', 'sharing'] as const;

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export const SUPPORT_KINDS = ['support', 'right', 'process'] as const;

/** Review levels of a translation, from least to most trusted. */
export const REVIEW_STATUSES = ['machine-draft', 'community-reviewed', 'professionally-reviewed'] as const;

export const TEXT_DIRECTIONS = ['ltr', 'rtl'] as const;

/** The widget's views: about someone else (the default), or about the reader. */
export const VIEWS = ['someone-else', 'me'] as const;

/** `general` shows the signs that can be seen anywhere; any other value adds that setting's signs. */
export const WIDGET_SETTINGS = ['general', ...SPECIFIC_SETTINGS] as const;

/**
 * Settings that are someone's place of work. A reader looking at one may be seeing labour exploitation, so
 * routing adds the labour regulator (see `situationFor`). A home, the street and online are not: the signs
 * there point to many kinds of exploitation, and the regulator is one step away only for work.
 */
export const WORKPLACE_SETTINGS = [
  'car-wash',
  'nail-bar',
  'agriculture',
  'food-processing',
  'construction',
  'hospitality',
  'care',
] as const satisfies readonly (typeof SPECIFIC_SETTINGS)[number][];

/** Readers who see a workplace from the inside: for them, too, routing adds the labour regulator. */
export const WORKPLACE_AUDIENCES = ['worker', 'employer'] as const satisfies readonly (typeof AUDIENCES)[number][];

export type IndicatorCategory = (typeof INDICATOR_CATEGORIES)[number];
export type ExploitationType = (typeof EXPLOITATION_TYPES)[number];
export type Setting = (typeof SETTINGS)[number];
export type Audience = (typeof AUDIENCES)[number];
export type IloIndicator = (typeof ILO_INDICATORS)[number];
export type PalermoElement = (typeof PALERMO_ELEMENTS)[number];
export type IndicatorStrength = (typeof INDICATOR_STRENGTHS)[number];
export type Subject = (typeof SUBJECTS)[number];
export type HomeOfficePublicSign = (typeof HOME_OFFICE_PUBLIC_SIGNS)[number];
export type CampaignSign = (typeof CAMPAIGN_SIGNS)[number];
export type Jurisdiction = (typeof JURISDICTIONS)[number];
export type ChannelKind = (typeof CHANNEL_KINDS)[number];
export type ChannelAudience = (typeof CHANNEL_AUDIENCES)[number];
export type SharingPolicy = (typeof SHARING_POLICIES)[number];
export type SafetyClaim = (typeof SAFETY_CLAIMS)[number];
export type Weekday = (typeof WEEKDAYS)[number];
export type SupportKind = (typeof SUPPORT_KINDS)[number];
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export type TextDirection = (typeof TEXT_DIRECTIONS)[number];
export type View = (typeof VIEWS)[number];
export type WidgetSetting = (typeof WIDGET_SETTINGS)[number];
export type WorkplaceSetting = (typeof WORKPLACE_SETTINGS)[number];
