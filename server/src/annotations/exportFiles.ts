// Which files an export writes, and what is in them. Pure: the CLI and the language server write them (io.ts).
import type { ArticleModel, OutletEntry } from '../analysis/model';
import { applyAnnotationsDetailed } from './apply';
import { ANNOTATION_CONF, VISUAL_CONF, toBratAnn } from './brat';
import { corpusOf } from './corpus';
import { toDoccano, toProdigy } from './jsonlSpans';
import { toWebAnnotationCollection } from './webannoExport';
import type { NewsAnnotation } from './webAnnotation';

export type ExportFormat = 'brat' | 'prodigy' | 'doccano' | 'webanno';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['brat', 'prodigy', 'doccano', 'webanno'];

export interface ExportInput {
  /** File name of the article (no directory), e.g. "harbor-talks.news". */
  name: string;
  text: string;
  /** The analysis of `text`, before annotations. */
  model: ArticleModel;
  annotations: readonly NewsAnnotation[];
}

export interface ExportFile {
  /** Relative to the export folder. */
  path: string;
  content: string;
}

export interface ExportPlan {
  files: ExportFile[];
  /** Per article: how many entities were written and how many annotations could not be placed (not exported). */
  articles: { name: string; entities: number; orphans: number }[];
}

const stem = (name: string) => name.replace(/\.[^.]*$/, '') || name;

export function planExport(inputs: readonly ExportInput[], format: ExportFormat, outlets?: readonly OutletEntry[]): ExportPlan {
  const files: ExportFile[] = [];
  const articles: ExportPlan['articles'] = [];
  const used = new Set<string>();
  const unique = (base: string) => {
    let b = base;
    for (let n = 2; used.has(b); n++) b = `${base}-${n}`;
    used.add(b);
    return b;
  };
  const lines: string[] = [];
  for (const inp of inputs) {
    const applied = applyAnnotationsDetailed(inp.model, inp.text, inp.annotations, outlets);
    const doc = corpusOf(inp.text, applied.model, applied);
    articles.push({ name: inp.name, entities: doc.entities.length, orphans: applied.orphans.length });
    const base = unique(stem(inp.name));
    if (format === 'brat') {
      files.push({ path: `${base}.txt`, content: inp.text }, { path: `${base}.ann`, content: toBratAnn(doc) });
    } else if (format === 'webanno') {
      files.push({ path: `${base}.webanno.json`, content: toWebAnnotationCollection(doc, inp.name) });
    } else if (format === 'prodigy') lines.push(toProdigy(doc, inp.name));
    else lines.push(toDoccano(doc));
  }
  if (format === 'brat') files.push({ path: 'annotation.conf', content: ANNOTATION_CONF }, { path: 'visual.conf', content: VISUAL_CONF });
  if (format === 'prodigy' || format === 'doccano') files.push({ path: `${format}.jsonl`, content: lines.map((l) => l + '\n').join('') });
  return { files, articles };
}
