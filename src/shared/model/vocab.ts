/**
 * The closed vocabularies of the method (shared/domain/scales.md, partners.md, glossary.md).
 * Values are stable English codes; Dutch and English labels live in the i18n catalogues under
 * `vocab.<name>.<value>`.
 */

export const MEASURE_STATUS = ['existing', 'planned', 'missing'] as const;
export type MeasureStatus = (typeof MEASURE_STATUS)[number];

export const EFFECTIVENESS = ['good', 'moderate', 'weak', 'unknown'] as const;
export type Effectiveness = (typeof EFFECTIVENESS)[number];

export const DOMAINS = ['safety', 'social', 'physical', 'economic'] as const;
export type Domain = (typeof DOMAINS)[number];

export const CHAIN_LINKS = ['proaction', 'prevention', 'preparation', 'repression', 'aftercare'] as const;
export type ChainLink = (typeof CHAIN_LINKS)[number];

/** Kind of measure: technical/physical, organisational, behavioural, legal/administrative. */
export const MEASURE_TYPES = ['physical', 'organisational', 'behavioural', 'administrative'] as const;
export type MeasureType = (typeof MEASURE_TYPES)[number];

export const RISK_STATUS = ['longlist', 'selected', 'workedOut'] as const;
export type RiskStatus = (typeof RISK_STATUS)[number];
/** A stored scoring session: closed (votes kept), or its agreed scores adopted into the risks. */
export const SESSION_STATUS = ['closed', 'adopted'] as const;
export type SessionStatus = (typeof SESSION_STATUS)[number];
/** Publishers of open-data evidence (src/shared/evidence). */
export const EVIDENCE_SOURCES = ['politie', 'cbs'] as const;

export const PRIORITY_ADVICE = ['priority', 'strategic', 'management'] as const;
export type PriorityAdvice = (typeof PRIORITY_ADVICE)[number];

/** Status of the project's report: concept or definitief (since format version 3). */
export const PROJECT_STATUS = ['draft', 'final'] as const;
export type ProjectStatus = (typeof PROJECT_STATUS)[number];

/** A partner's role in the approach of one risk (IVP "Met wie?"): regie, uitvoering, informatie. */
export const PARTNER_ROLES = ['lead', 'execution', 'information'] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

export const CONFIDENTIALITY = ['public', 'internal', 'confidential'] as const;
export type Confidentiality = (typeof CONFIDENTIALITY)[number];

export const AREA_KINDS = ['municipality', 'village', 'district', 'neighbourhood', 'hotspot'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

export const PARTNER_KINDS = [
  'municipality',
  'police',
  'justice',
  'care',
  'housing',
  'emergency',
  'education',
  'business',
  'residents',
  'other',
] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export const IMPACT_CATEGORIES = ['persons', 'liveability', 'reach', 'governance', 'financial', 'other'] as const;
export type ImpactCategory = (typeof IMPACT_CATEGORIES)[number];

/** Which side of the bow-tie a path is on; escalation paths hang below a measure. */
export const PATH_KINDS = ['cause', 'consequence', 'escalation'] as const;
export type PathKind = (typeof PATH_KINDS)[number];

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** CBS area codes: GMxxxx gemeente, WKxxxxxx wijk, BUxxxxxxxx buurt. */
export const CBS_CODE_RE = /^(GM\d{4}|WK\d{6}|BU\d{8})$/;

/** The CBS code of a municipality: GM and four digits. */
export const GM_CODE_RE = /^GM\d{4}$/;
