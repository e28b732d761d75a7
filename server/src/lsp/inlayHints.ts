// Inlay hints after relative dates: "Wednesday ‹Wed 19 Jul 2000›". What is shown follows the setting
// newsLens.inlayHints.dates: "off", "weekdays" (weekdays and yesterday/today/tomorrow, the default) or "relative"
// (every date resolved against the publication date).
import { InlayHintKind } from 'vscode-languageserver';
import type { InlayHint, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleModel, TimeExpression } from '../analysis';

export type DateHintMode = 'off' | 'weekdays' | 'relative';
export const DATE_HINT_MODES: DateHintMode[] = ['off', 'weekdays', 'relative'];

const WD = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const PART: Record<string, string> = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night' };

/** A short reading of a TIMEX3 value: "Wed 19 Jul 2000", "Wed 19 Jul 2000 22:00", "Jul 2000", "week 29 of 2000". */
export function readableValue(value: string): string {
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}|MO|AF|EV|NI))?$/.exec(value);
  if (m) {
    const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    const day = `${WD[d.getUTCDay()]} ${+m[3]} ${MON[+m[2] - 1]} ${m[1]}`;
    return m[4] ? `${day} ${PART[m[4]] ?? m[4]}` : day;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return `${MON[+m[2] - 1]} ${m[1]}`;
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) return `${m[3] ? 'weekend of ' : ''}week ${+m[2]} of ${m[1]}`;
  if ((m = /^(\d{4})-Q(\d)$/.exec(value))) return `Q${m[2]} ${m[1]}`;
  return value;
}

const WEEKDAY_LIKE = /^(?:(?:early|late) )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|tonight)\b/i;

/** Should this date get a hint under this mode? Only resolved relative dates (not "XXXX-…", not PRESENT_REF). */
export function wantsHint(text: string, d: TimeExpression, mode: DateHintMode): boolean {
  if (mode === 'off' || !d.relative) return false;
  if (!/^\d{4}/.test(d.value)) return false;
  if (mode === 'relative') return true;
  return WEEKDAY_LIKE.test(text.slice(d.span[0], d.span[1]));
}

export function inlayHintsFor(doc: TextDocument, model: ArticleModel, mode: DateHintMode, range?: Range): InlayHint[] {
  if (mode === 'off') return [];
  const text = doc.getText();
  const from = range ? doc.offsetAt(range.start) : 0;
  const to = range ? doc.offsetAt(range.end) : text.length;
  const out: InlayHint[] = [];
  for (const d of model.dates) {
    if (d.span[1] < from || d.span[0] > to) continue;
    if (!wantsHint(text, d, mode)) continue;
    out.push({
      position: doc.positionAt(d.span[1]),
      label: `= ${readableValue(d.value)}`,
      kind: InlayHintKind.Type,
      paddingLeft: true,
      tooltip: `${d.value}: ${d.explanation}`,
    });
  }
  return out;
}
