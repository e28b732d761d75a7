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
