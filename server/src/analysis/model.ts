// The types every layer shares. Pure data: no editor or protocol types here.
// Every span is [start, end) in UTF-16 code units of the analyzed text (JavaScript string indices).
import type { AnalysisCache } from './reuse';

export type Span = [number, number];

export type ParagraphKind =
  | 'headline'
  | 'dateline'
  | 'byline'
  | 'body'
  | 'caption'
  | 'credit'
  | 'furniture'
  | 'frontMatter'
  | 'pageDate'
  | 'signoff';

export interface Paragraph {
  span: Span;
  kind: ParagraphKind;
}

export interface Dateline {
  /** The whole dateline, e.g. "BEIJING, July 20 Kyodo -". */
  span: Span;
  /** The place, e.g. "BEIJING". */
  place: Span | null;
  /** The date part if any, e.g. "July 20". */
  date: Span | null;
  /** Outlet names inside the dateline, e.g. "Kyodo", "(Reuters)". */
  outlets: Span[];
}

export interface Structure {
  headline: Span | null;
  dateline: Dateline | null;
  byline: Span | null;
  paragraphs: Paragraph[];
}

export interface Sentence {
  span: Span;
  /** Index into structure.paragraphs. */
  paragraph: number;
}

export type PublicationSource = 'option' | 'frontMatter' | 'dateline' | 'pageDate' | 'sourceList' | 'text' | 'none';

export interface Publication {
  /** YYYY-MM-DD, or null when the article gives no date and none was passed. */
  date: string | null;
  source: PublicationSource;
  /** Where in the text the date was read from. */
  span: Span | null;
  /** One line a person can read: how the date was found. */
  explanation: string;
}

export type QuoteStyle = 'curly-double' | 'straight-double' | 'curly-single' | 'guillemet' | 'ascii-double-single' | 'straight-single';

export interface Quote {
  /** From the opening mark to the closing mark inclusive. */
  span: Span;
  /** Inside the marks. */
  inner: Span;
  style: QuoteStyle;
  /** False when the opening mark was never closed (the span runs to the end of its paragraph). */
  balanced: boolean;
  /** Index of the quote this one continues (multi-paragraph quotes), or -1. */
  continues: number;
}

export type AttributionType = 'direct' | 'indirect' | 'mixed';

export interface Attribution {
  id: number;
  source: Span | null;
  cue: Span | null;
  /** One or more spans (a direct quote broken by its cue has two). */
  content: Span[];
  type: AttributionType;
  /** Index into ArticleModel.speakers, or -1 when the source is unknown. */
  speaker: number;
  /** "reportedly", "sources said", "analysts say": the source is not named. */
  vague: boolean;
  /** Id of the attribution this one is nested in, or -1. */
  parent: number;
  /**
   * For a reported statement the confidence model rates (confidence.ts): the probability that its content span is
   * exact, rounded to 0.001. Under CONFIDENCE_THRESHOLD only with AnalyzeOptions.keepUncertain. Absent for direct
   * quotations, transcript turns and nested speech verbs, which are always kept.
   */
  confidence?: number;
}

export type SpeakerKind = 'person' | 'group' | 'outlet' | 'organization' | 'unknown';

export interface Speaker {
  id: number;
  /** Canonical name: the fullest name the article gives ("Vladimir Putin"). */
  name: string;
  /** Role as the text gives it ("Russian President", "a Foreign Ministry spokesman"). */
  role: string | null;
  kind: SpeakerKind;
  /** Every mention of this speaker, in order (names, titles, pronouns). */
  mentions: Span[];
  /** The distinct surface forms seen. */
  aliases: string[];
  /** Gazetteer id when the speaker is a news outlet. */
  outlet: string | null;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeExpression {
  span: Span;
  type: TimexType;
  /** TIMEX3 value, e.g. 2000-07-19, PT2H, PAST_REF, XXXX-02. */
  value: string;
  /** Resolved against the publication date (relative expression). */
  relative: boolean;
  /** How the value was reached, in words. */
  explanation: string;
}

export type AgencyRole = 'dateline' | 'parenthetical' | 'according_to' | 'said' | 'credit' | 'photo_credit' | 'other';

export interface AgencyMention {
  span: Span;
  /** Gazetteer id. */
  id: string;
  /** Canonical outlet name. */
  name: string;
  role: AgencyRole;
}

export type ClaimKind = 'unattributed' | 'vague';

export interface Claim {
  span: Span;
  kind: ClaimKind;
  /** Why it was flagged: 'figure', 'evaluation', 'prediction', 'allegation', 'motive', 'vague-source'… */
  reason: string;
}

export type FigureKind = 'money' | 'count' | 'percent' | 'duration' | 'distance' | 'quantity';

export interface Figure {
  span: Span;
  kind: FigureKind;
  /** The attribution whose content holds the figure, or -1. */
  attribution: number;
  /** Normalized quantity, for comparing figures across articles: the range the text allows ("about 2,000" →
   *  [1800, 2200], "hundreds of thousands" → [100000, 999999]), in `unit`. */
  low?: number;
  high?: number;
  /** Normalized unit: a currency code ('USD', 'EUR'…), '%', 'km', 'days', or the counted noun ('people', 'jobs'). */
  unit?: string;
  /** Rate, e.g. 'year' for "US$1 billion per year". */
  per?: string;
}

export type Severity = 'off' | 'hint' | 'information' | 'warning' | 'error';

export interface Finding {
  /** A stable rule id from rules.ts, e.g. 'claim.unattributed'. */
  rule: string;
  span: Span;
  message: string;
}

export interface ArticleModel {
  /** Length of the analyzed text, in UTF-16 code units. */
  length: number;
  structure: Structure;
  sentences: Sentence[];
  publication: Publication;
  quotes: Quote[];
  attributions: Attribution[];
  speakers: Speaker[];
  dates: TimeExpression[];
  agencies: AgencyMention[];
  claims: Claim[];
  figures: Figure[];
  findings: Finding[];
  /** Set when the analysis stopped early (time limit, unsupported input); the model is still valid. */
  notice: string | null;
  /** Milliseconds the analysis took. */
  elapsedMs: number;
}

export interface OutletEntry {
  id: string;
  name: string;
  aliases: string[];
  country: string;
  kind: 'agency' | 'broadcaster' | 'newspaper' | 'magazine' | 'online';
  stateControlled?: boolean;
  founded?: number;
  description?: string;
  /** Aliases (also listed in `aliases`) that are ordinary words or names too ("The Sun", "Dawn", "Fox"): they count
   * only next to a citation cue (a dateline, source list, credit, "reported", "told", "the newspaper …"). */
  weakAliases?: string[];
  /** Aliases (also listed in `aliases`) that count only in datelines, source lists, credit and photo-credit lines
   * ("EPA", "PA", "MAP"). */
  creditAliases?: string[];
}

export interface CustomSpeaker {
  name: string;
  aliases?: string[];
  role?: string;
}

export interface AnalyzeOptions {
  /** Publication date (YYYY-MM-DD) to anchor relative dates; overrides what the article says. */
  publicationDate?: string | null;
  /** Extra outlets from the workspace (.newslens.json). */
  outlets?: OutletEntry[];
  /** Extra speakers from the workspace. */
  speakers?: CustomSpeaker[];
  /** When given, each stage adds its elapsed milliseconds here under its name (for benchmarks). */
  profile?: Record<string, number>;
  /** Stop analyzing after this many milliseconds and return what was found (default 2000). */
  timeLimitMs?: number;
  /** 'index': only what the workspace index needs (structure, quotes, attributions, speakers, agencies). */
  purpose?: 'full' | 'index';
  /**
   * Results of the last analysis of the same document to reuse where its paragraphs did not change (from
   * createAnalysisCache()). The model is the same with or without it.
   */
  cache?: AnalysisCache;
  /**
   * Keep the reported statements the confidence model leaves out (confidence.ts): weak cues and spans it rates
   * unlikely to be right. For recall first (building a corpus to correct by hand); default false.
   */
  keepUncertain?: boolean;
}
