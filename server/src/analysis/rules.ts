// Diagnostics as data: stable dotted ids, a message, a default severity. Settings override the severity per rule.
import type { Severity } from './model';

export interface Rule {
  id: string;
  message: string;
  defaultSeverity: Severity;
  description: string;
}

export const RULES = [
  {
    id: 'claim.unattributed',
    message: 'Claim without attribution: who says so?',
    defaultSeverity: 'information',
    description: 'A sentence makes a contestable claim (a figure, an evaluation, a prediction, an allegation) and no source is given for it.',
  },
  {
    id: 'attribution.vague',
    message: 'Vague attribution: the source is not named.',
    defaultSeverity: 'hint',
    description: '"reportedly", "sources said", "analysts say": the reader cannot tell who stands behind the statement.',
  },
  {
    id: 'quote.orphan',
    message: 'Quotation with no speaker found.',
    defaultSeverity: 'warning',
    description: 'A direct quotation that no speaker is attributed to, nearby or in the same paragraph.',
  },
  {
    id: 'quote.unbalanced',
    message: 'Quotation mark opened but never closed.',
    defaultSeverity: 'warning',
    description: 'An opening quotation mark with no closing mark before the end of the paragraph, and no continuation.',
  },
  {
    id: 'date.unanchored',
    message: 'Relative date with no publication date to anchor it.',
    defaultSeverity: 'information',
    description: 'The article gives no dateline or page date, so "Wednesday" or "last month" cannot be resolved.',
  },
] as const satisfies readonly Rule[];

export type RuleId = (typeof RULES)[number]['id'];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

export const SEVERITIES: readonly Severity[] = ['off', 'hint', 'information', 'warning', 'error'];
