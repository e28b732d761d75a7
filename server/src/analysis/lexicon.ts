// Word lists the attribution and claim passes share. Facts about English, not text from any corpus.

/** Speech and cognition verbs, base forms; inflections are generated. */
export const CUE_VERBS = [
  'say', 'tell', 'add', 'note', 'stress', 'argue', 'claim', 'deny', 'insist', 'warn', 'suggest', 'urge', 'pledge',
  'assure', 'concede', 'indicate', 'announce', 'report', 'assert', 'believe', 'explain', 'state', 'declare',
  'confirm', 'acknowledge', 'admit', 'allege', 'contend', 'maintain', 'predict', 'estimate', 'reveal', 'write',
  'testify', 'recall', 'remark', 'observe', 'emphasize', 'emphasise', 'point out', 'comment', 'reply', 'respond',
  'answer', 'ask', 'demand', 'promise', 'vow', 'threaten', 'boast', 'complain', 'charge', 'accuse', 'blame',
  'criticize', 'criticise', 'praise', 'describe', 'call', 'quote', 'cite', 'think', 'feel', 'expect', 'hope',
  'fear', 'worry', 'agree', 'disagree', 'dispute', 'reject', 'tweet', 'post', 'caution', 'advise', 'inform',
  'disclose', 'conclude', 'find', 'show', 'know', 'learn', 'understand', 'guess', 'doubt', 'forecast', 'project',
  'speculate', 'surmise', 'reckon', 'figure', 'hint', 'imply', 'signal', 'counter', 'retort', 'proclaim',
  'reiterate', 'repeat', 'underline', 'underscore', 'highlight', 'mention', 'shout', 'yell', 'whisper', 'recount',
  'insinuate', 'brag', 'lament', 'acknowledge', 'concur', 'object', 'protest', 'propose', 'recommend', 'add',
];

const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  think: ['think', 'thinks', 'thought', 'thinking'],
  feel: ['feel', 'feels', 'felt', 'feeling'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  know: ['know', 'knows', 'knew', 'known', 'knowing'],
  find: ['find', 'finds', 'found', 'finding'],
  show: ['show', 'shows', 'showed', 'shown', 'showing'],
  understand: ['understand', 'understands', 'understood', 'understanding'],
  forecast: ['forecast', 'forecasts', 'forecasting'],
  learn: ['learn', 'learns', 'learned', 'learnt', 'learning'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  reply: ['reply', 'replies', 'replied', 'replying'],
  testify: ['testify', 'testifies', 'testified', 'testifying'],
  worry: ['worry', 'worries', 'worried', 'worrying'],
  imply: ['imply', 'implies', 'implied', 'implying'],
  speculate: ['speculate', 'speculates', 'speculated', 'speculating'],
};

function inflect(v: string): string[] {
  if (IRREGULAR[v]) return IRREGULAR[v];
  if (v.includes(' ')) {
    const [head, ...rest] = v.split(' ');
    return inflect(head).map((f) => [f, ...rest].join(' '));
  }
  const forms = [v];
  if (/(?:s|sh|ch|x|z)$/.test(v)) forms.push(v + 'es');
  else forms.push(v + 's');
  if (v.endsWith('e')) forms.push(v + 'd', v.slice(0, -1) + 'ing');
  else if (/[^aeiou]y$/.test(v)) forms.push(v.slice(0, -1) + 'ied', v + 'ing');
  else if (/^(?:admit|commit|regret|plan|stop|prefer|refer|confer|defer|infer|transfer|occur|concur|signal)$/.test(v)) {
    forms.push(v + v.slice(-1) + 'ed', v + v.slice(-1) + 'ing', v + 'ed', v + 'ing');
  } else forms.push(v + 'ed', v + 'ing');
  return forms;
}

/** Every inflected form of every cue verb → its base form. */
export const CUE_FORMS: Map<string, string> = (() => {
  const m = new Map<string, string>();
  for (const v of CUE_VERBS) for (const f of inflect(v)) m.set(f, v);
  return m;
})();

/** Verbs that carry content as a report even without "that" ("X said the talks failed"). */
export const STRONG_CUES = new Set([
  'say', 'tell', 'add', 'note', 'stress', 'argue', 'claim', 'insist', 'warn', 'suggest', 'assert', 'believe',
  'explain', 'state', 'declare', 'confirm', 'acknowledge', 'admit', 'allege', 'contend', 'maintain', 'predict',
  'estimate', 'reveal', 'write', 'testify', 'recall', 'remark', 'observe', 'emphasize', 'emphasise', 'point out',
  'announce', 'report', 'indicate', 'concede', 'think', 'expect', 'hope', 'fear', 'agree', 'caution', 'deny',
  'disclose', 'conclude', 'reiterate', 'counter', 'complain', 'charge', 'boast', 'tweet', 'pledge', 'vow',
  'promise', 'assure', 'urge', 'know', 'find', 'show', 'learn', 'understand', 'doubt', 'forecast', 'hint', 'imply',
  'signal', 'accuse', 'reply', 'respond', 'ask', 'demand', 'threaten', 'worry', 'lament', 'underline', 'underscore',
  'highlight', 'mention', 'propose', 'recommend',
]);

/** Nouns that head a source noun phrase ("a Foreign Ministry spokesman", "officials"). */
export const ROLE_NOUNS = new Set(
  (
    'spokesman spokeswoman spokesperson spokespeople official officials minister ministers president vice-president ' +
    'leader leaders chief chairman chairwoman chair director secretary ambassador envoy diplomat diplomats analyst ' +
    'analysts expert experts source sources witness witnesses resident residents police officer officers army ' +
    'military ministry government governments authorities authority agency agencies newspaper daily paper report ' +
    'reports statement study survey poll critics critic observers observer commentator commentators lawmaker ' +
    'lawmakers senator senators congressman congresswoman representative governor mayor judge prosecutor ' +
    'prosecutors lawyer lawyers attorney attorneys researcher researchers scientist scientists economist ' +
    'economists professor doctor doctors spokesmen aide aides adviser advisers advisor advisors campaign ' +
    'candidate nominee premier prime king queen prince general commander commanders colonel captain ' +
    'investigators investigator activist activists group groups organization organisation committee council ' +
    'company firm bank union party parliament congress court office department agency administration team ' +
    'coalition board member members people voters supporters opponents protesters demonstrators owner manager ' +
    'executive executives ceo founder head staff staffer staffers correspondent reporter reporters editor ' +
    'columnist historian sociologist specialist specialists insider insiders friend friends family relatives ' +
    'neighbor neighbors neighbour neighbours worker workers employee employees student students teacher ' +
    'teachers parent parents victim victims survivor survivors whistleblower watchdog regulator regulators ' +
    'inspector inspectors monitor monitors mission delegation delegate delegates negotiator negotiators pollster ' +
    'pollsters consultant consultants strategist strategists operative operatives data figures records documents ' +
    'letter memo filing filings court documents emails website site channel network broadcaster tv television ' +
    'radio outlet outlets media press agency'
  ).split(' '),
);

/** Sources that do not name who speaks. */
export const VAGUE_SOURCES = new Set(
  (
    'sources source officials experts analysts observers critics some many others people reports report insiders ' +
    'diplomats residents witnesses commentators it they someone one'
  ).split(' '),
);

// Without a prototype: a word such as "constructor" or "valueOf" must not find Object's methods here.
export const PRONOUNS: Record<string, 'm' | 'f' | 'n' | 'p'> = Object.assign(Object.create(null) as Record<string, 'm' | 'f' | 'n' | 'p'>, {
  he: 'm', him: 'm', his: 'm', she: 'f', her: 'f', hers: 'f', it: 'n', they: 'p', them: 'p', we: 'p', i: 'p', you: 'p',
  // Relative pronouns stand as sources ("Ana Lee, who said …"); they never become speakers of their own.
  who: 'p', which: 'n',
} as const);

/** Adverbs and phrases that report without naming a source. */
export const VAGUE_MARKERS = /\b(?:reportedly|allegedly|purportedly|supposedly|rumou?red|it is (?:said|thought|believed|understood|reported|claimed|alleged)|it was (?:said|thought|believed|reported|claimed|alleged)|is (?:said|thought|believed|reported|understood|alleged|rumou?red) to|are (?:said|thought|believed|reported|alleged) to|(?:is|are|was|were) thought (?:likely|unlikely)|according to (?:reports|sources|media reports|some|unconfirmed reports)|sources (?:say|said|told)|analysts (?:say|said|believe)|experts (?:say|said|believe)|observers (?:say|said))\b/gi;
