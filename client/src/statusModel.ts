// What the News Lens language status item says, from the server's ArticleInfoResult (no vscode import, unit-tested).
import type { ArticleInfoResult } from '../../protocol/protocol';

export interface StatusView {
  text: string;
  detail: string;
  /** Which command the item offers. */
  action: 'showStatements' | 'annotate' | 'none';
  busy: boolean;
  /** Warning severity (only when the server is not running: findings already show in Problems). */
  warn: boolean;
}

function n(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Milliseconds, rounded sensibly: "0.4 ms", "12 ms", "1.3 s". */
export function formatElapsed(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '';
  if (ms < 1) return `${ms.toFixed(1)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}

export function statusView(info: ArticleInfoResult | null | undefined, state: 'starting' | 'ready' | 'failed' = 'ready'): StatusView {
  if (state === 'starting') return { text: 'News Lens', detail: 'starting…', action: 'none', busy: true, warn: false };
  if (state === 'failed') return { text: 'News Lens', detail: 'server not running', action: 'none', busy: false, warn: true };
  if (!info) return { text: 'News Lens', detail: 'analyzing…', action: 'none', busy: true, warn: false };
  if (!info.isArticle) {
    return { text: 'Not an article', detail: info.reason || 'not analyzed by News Lens', action: 'annotate', busy: false, warn: false };
  }
  const parts = [
    n(info.speakers, 'speaker'),
    n(info.dates, 'date'),
    n(info.outlets, 'outlet'),
    n(info.findings, 'finding'),
  ];
  const elapsed = formatElapsed(info.elapsedMs);
  if (elapsed) parts.push(elapsed);
  return { text: `$(quote) ${n(info.statements, 'statement')}`, detail: parts.join(' · '), action: 'showStatements', busy: false, warn: false };
}
