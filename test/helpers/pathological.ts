// Texts built to trip regular expressions into catastrophic backtracking and loops into quadratic time: long runs
// of the characters the engine's patterns are made of, without the character that would end a match.
export function pathologicalTexts(size: number): [string, string][] {
  const rep = (unit: string) => unit.repeat(Math.max(1, Math.floor(size / unit.length)));
  return [
    ['byline "and" chain', 'By A' + 'andA'.repeat(80) + '!\n\n' + rep('By Aand B and C, ')],
    ['dotted acronym token', rep('a.') + ' B'],
    ['one long word', rep('A')],
    ['capitals and spaces', rep('AB ')],
    ['open quotes', rep('“')],
    ['alternating quotes', rep('“a” "')],
    ['nested quotes', rep('“‘«')],
    ['straight quotes and words', rep('"a ')],
    ['periods', rep('. ')],
    ['abbreviations', rep('Mr. ')],
    ['numbers', rep('1,')],
    ['money words', rep('$1 ')],
    ['month names', rep('May ')],
    ['dates', rep('May 3, ')],
    ['cue words', rep('said ')],
    ['according to', rep('according to ')],
    ['names', rep('Brandt Said ')],
    ['dashes', rep('- ')],
    ['parentheses', rep('(')],
    ['navigation bars', rep('Home | ')],
    ['line breaks', rep('\r\n')],
    ['lone surrogates', rep('\uD800a')],
    ['emoji', rep('😀')],
    ['combining marks', rep('e\u0301')],
    ['right to left', rep('مرحبا ')],
    ['commas', rep(', ')],
    ['colon lists', rep('A: ')],
  ];
}
