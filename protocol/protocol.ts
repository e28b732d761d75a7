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
  /** Which icon the view shows: the type, except that vague attributions show 'vague' and claims 'unattributed'. */
  icon?: StatementIcon;
  /** For an unattributed claim: why it was flagged ('figure', 'evaluation', 'prediction', 'allegation', 'motive'). */
  reason?: string | null;
  /** The first date inside the statement, if any. */
  date?: { text: string; value: string } | null;
  /** The gazetteer name of the outlet the statement is attributed to, when its source is an outlet. */
  outlet?: string | null;
  /** Range of the whole statement: source, cue and content (the `range` is the content). */
  fullRange?: RangeDto;
  /** The editor's status of this statement (verified, needs-source, disputed, confirmed, corrected), if annotated. */
  status?: string;
}
export type StatementIcon = 'direct' | 'indirect' | 'mixed' | 'vague' | 'unattributed';
export interface SpeakerDto {
  name: string;
  role: string | null;
  kind: string;
  outlet: string | null;
  statements: StatementDto[];
  /** Surface forms seen ("Tomas Brandt", "Brandt", "the minister", "he"). */
  aliases?: string[];
  /** The first mention, to reveal the speaker. */
  range?: RangeDto | null;
}
export interface ArticleStatementsDto {
  uri: string;
  title: string;
  publicationDate: string | null;
  speakers: SpeakerDto[];
  dates: { text: string; value: string; range: RangeDto }[];
  outlets: { name: string; role: string; range: RangeDto; id?: string }[];
  /** Counts for the view's description: statements, vague ones, unattributed claims. */
  counts?: { statements: number; vague: number; unattributed: number };
  /** The editor's annotations whose text is no longer in the article (kept in the sidecar, listed in the view). */
  orphans?: { id: string; kind: string; action: string; text: string; note?: string }[];
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

// ---- Editor annotations (sidecar <article>.annotations.json) ----------------------------------------------------

export const ANNOTATE_REQUEST = 'newsLens/annotate';
/**
 * Client → server: annotate the item under `range` (confirm / correct / reject / status / note) or mark `range` as a
 * new item (add with kind claim / quote / source / note); `remove` deletes the annotation `id` (e.g. an orphan).
 */
export interface AnnotateParams {
  uri: string;
  action: 'confirm' | 'correct' | 'reject' | 'add' | 'status' | 'note' | 'remove';
  range?: RangeDto;
  /** For add: claim | quote | source | note. For the others: restrict to statement | date | outlet | claim. */
  kind?: string;
  corrections?: { speaker?: string; type?: 'direct' | 'indirect' | 'mixed'; value?: string; outlet?: string };
  status?: 'verified' | 'needs-source' | 'disputed';
  note?: string;
  id?: string;
}
export interface AnnotateResult {
  ok: boolean;
  /** Why not: 'conflict' (the sidecar changed on disk), 'outside', 'no-item', 'not-a-file', 'error'. */
  reason?: string;
  message: string;
  /** Id of the annotation created or changed. */
  id?: string;
}

export const ANNOTATIONS_REQUEST = 'newsLens/annotations';
/** Client → server: the annotations of a document, placed ones with their range, and the orphans. */
export interface AnnotationsParams {
  uri: string;
}
export interface AnnotationDto {
  id: string;
  kind: string;
  action: string;
  status?: string;
  note?: string;
  corrections?: Record<string, string>;
  exact: string;
  /** Null for an orphan. */
  range: RangeDto | null;
  /** position | quote | fuzzy; 'orphan' when it could not be placed. */
  anchoredBy: string;
}
export interface AnnotationsResult {
  uri: string;
  sidecar: string | null;
  annotations: AnnotationDto[];
  orphans: AnnotationDto[];
  problems: string[];
}

export const EXPORT_REQUEST = 'newsLens/exportAnnotations';
/** Client → server: export articles (with their annotations applied) into `outDir`. */
export interface ExportParams {
  uris: string[];
  format: 'brat' | 'prodigy' | 'doccano' | 'webanno';
  outDir: string;
  force?: boolean;
}
export interface ExportResult {
  written: string[];
  skipped: string[];
  failed: { path: string; reason: string; message: string }[];
  orphans: number;
}

export const IMPORT_REQUEST = 'newsLens/importAnnotations';
/** Client → server: read a brat .ann for the article `uri` and write its sidecar. */
export interface ImportParams {
  uri: string;
  annPath: string;
  /** Replace an existing sidecar (otherwise an existing one is a conflict). */
  replace?: boolean;
}
export interface ImportResult {
  ok: boolean;
  reason?: string;
  message: string;
  count: number;
}
