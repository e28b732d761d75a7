// Custom requests and notifications between the News Lens client and server, with their types.
// Imported by both sides; plain data only (no vscode or LSP library imports).

export const ANNOTATED_FILES_NOTIFICATION = 'newsLens/annotatedFiles';
/** Client → server: the URIs the user marked with "Annotate This File" in this workspace. */
export interface AnnotatedFilesParams {
  uris: string[];
}

export const STATEMENTS_REQUEST = 'newsLens/statements';
/** Client → server: the statements of open articles (all, or the ones named), for the Statements view. */
export interface StatementsParams {
  uris?: string[];
}
export interface RangeDto {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
export interface StatementDto {
  id: number;
  type: 'direct' | 'indirect' | 'mixed' | 'unattributed';
  vague: boolean;
  text: string;
  cue: string | null;
  source: string | null;
  range: RangeDto;
}
export interface SpeakerDto {
  name: string;
  role: string | null;
  kind: string;
  outlet: string | null;
  statements: StatementDto[];
}
export interface ArticleStatementsDto {
  uri: string;
  title: string;
  publicationDate: string | null;
  speakers: SpeakerDto[];
  dates: { text: string; value: string; range: RangeDto }[];
  outlets: { name: string; role: string; range: RangeDto }[];
}
export interface StatementsResult {
  articles: ArticleStatementsDto[];
}

export const ARTICLE_INFO_REQUEST = 'newsLens/articleInfo';
/** Client → server: is this document analyzed as an article, and its counts (for the status item). */
export interface ArticleInfoParams {
  uri: string;
}
export interface ArticleInfoResult {
  isArticle: boolean;
  reason: string;
  statements: number;
  speakers: number;
  dates: number;
  outlets: number;
  findings: number;
  elapsedMs: number;
  publicationDate: string | null;
}

// ---- Editor features (issue 6), shared by the client's manifest and commands and the server's providers ----

/**
 * Semantic token types of the News Lens legend, in legend order. package.json contributes each of them
 * (`semanticTokenTypes`, with `semanticTokenScopes` so themes color them); test/unit/client-manifest.test.ts
 * checks that the manifest and this list agree.
 */
export const SEMANTIC_TOKEN_TYPES = ['speaker', 'cue', 'quoteContent', 'date', 'agency'] as const;
export type SemanticTokenType = (typeof SEMANTIC_TOKEN_TYPES)[number];

export const CHECK_REQUEST = 'newsLens/check';
/**
 * Client → server, sent by the command `newsLens.checkArticle` ("News Lens: Check This Article", meant for
 * `newsLens.checkOn: manual`): analyze this document now and publish its diagnostics, whatever `checkOn` says.
 * The client treats a MethodNotFound error as "not supported by this server".
 */
export interface CheckParams {
  uri: string;
}
export interface CheckResult {
  /** false when the document is not analyzed as an article (then `reason` says why, as in ArticleInfoResult). */
  isArticle: boolean;
  reason?: string;
  /** Number of diagnostics published for the document. */
  findings: number;
}

export const CHECK_ARTICLE_COMMAND = 'newsLens.checkArticle';

export const INSERT_ATTRIBUTION_COMMAND = 'newsLens.insertAttribution';
/**
 * The single argument of the client command `newsLens.insertAttribution`, used by the "Add an attribution" quick fix
 * (a code action whose `command` is `{ command: INSERT_ATTRIBUTION_COMMAND, arguments: [InsertAttributionArgs] }`).
 * The client inserts, at `position` of the document `uri`, the snippet
 *   before + ${1|speakers…|} + ' ' + ${2|cues…|} + after
 * e.g. with position just before a sentence's final period, before ", ", speakers ["Tomas Brandt", "Ilse Marr"],
 * cues ["said", "told reporters"] and after "" this gives "…2019, ${1|Tomas Brandt,Ilse Marr|} ${2|said,told reporters|}."
 * An empty `speakers` list gives a `source` placeholder; `cues` defaults to ["said"]; `before` defaults to ", ".
 */
export interface InsertAttributionArgs {
  uri: string;
  position: { line: number; character: number };
  /** Likely speakers, most likely first (canonical names or short forms as the article uses them). */
  speakers: string[];
  cues?: string[];
  before?: string;
  after?: string;
}
