/**
 * Arithmetic for derived figures: numbers, figure ids, + - * / and parentheses.
 * A tiny recursive-descent parser rather than `eval`, because formulas come from data files
 * edited by pull request. The minus operator needs spaces around it, since ids contain hyphens.
 */

type Token = { kind: 'num'; value: number } | { kind: 'id'; name: string } | { kind: 'op'; op: string };

function tokenise(formula: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s*(?:(\d+(?:\.\d+)?)|([a-z][a-z0-9]*(?:-[a-z0-9]+)*)|([-+*/()]))/y;
  let index = 0;
  while (index < formula.length) {
    if (/^\s*$/.test(formula.slice(index))) break;
    pattern.lastIndex = index;
    const match = pattern.exec(formula);
    if (!match)
      throw new Error(`cannot read formula "${formula}" at character ${index + 1}: "${formula.slice(index)}"`);
    if (match[1] !== undefined) tokens.push({ kind: 'num', value: Number(match[1]) });
    else if (match[2] !== undefined) tokens.push({ kind: 'id', name: match[2] });
    else tokens.push({ kind: 'op', op: match[3]! });
    index = pattern.lastIndex;
  }
  return tokens;
}

/** The figure ids a formula refers to, in order of first use. */
export function formulaInputs(formula: string): string[] {
  return [...new Set(tokenise(formula).flatMap((t) => (t.kind === 'id' ? [t.name] : [])))];
}

/** Evaluate a formula with the given values for its ids. Throws with the missing id or the syntax error. */
export function evaluateFormula(formula: string, values: Record<string, number>): number {
  const tokens = tokenise(formula);
  let position = 0;
  const peek = () => tokens[position];
  const take = () => tokens[position++];

  function primary(): number {
    const token = take();
    if (!token) throw new Error(`formula "${formula}" ends too early`);
    if (token.kind === 'num') return token.value;
    if (token.kind === 'id') {
      const value = values[token.name];
      if (value === undefined)
        throw new Error(`formula "${formula}" uses "${token.name}", which is not a known figure`);
      return value;
    }
    if (token.op === '(') {
      const inner = sum();
      const close = take();
      if (!close || close.kind !== 'op' || close.op !== ')') throw new Error(`formula "${formula}" is missing ")"`);
      return inner;
    }
    if (token.op === '-') return -primary();
    throw new Error(`formula "${formula}" has "${token.op}" where a number or id was expected`);
  }
  function product(): number {
    let result = primary();
    for (let t = peek(); t && t.kind === 'op' && (t.op === '*' || t.op === '/'); t = peek()) {
      take();
      result = t.op === '*' ? result * primary() : result / primary();
    }
    return result;
  }
  function sum(): number {
    let result = product();
    for (let t = peek(); t && t.kind === 'op' && (t.op === '+' || t.op === '-'); t = peek()) {
      take();
      result = t.op === '+' ? result + product() : result - product();
    }
    return result;
  }
  const result = sum();
  if (position < tokens.length) throw new Error(`formula "${formula}" has extra text after a complete expression`);
  return result;
}

const OPERATOR_WORDS: Record<string, string> = { '+': 'plus', '-': 'minus', '*': 'times', '/': 'divided by' };
const SMALL_NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * A formula in reader words, each id replaced by `nameOf(id)`: "the 2024 figure ($66 billion) divided by five".
 * Ids are data-file names and never reach readers; whole numbers up to ten are spelled out.
 */
export function formulaInWords(formula: string, nameOf: (id: string) => string): string {
  return tokenise(formula)
    .map((t) => {
      if (t.kind === 'id') return nameOf(t.name);
      if (t.kind === 'num')
        return Number.isInteger(t.value) ? (SMALL_NUMBER_WORDS[t.value] ?? String(t.value)) : String(t.value);
      return OPERATOR_WORDS[t.op] ?? t.op;
    })
    .join(' ')
    .replace(/\( /g, '(')
    .replace(/ \)/g, ')');
}
