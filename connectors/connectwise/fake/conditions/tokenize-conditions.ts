import { ConditionsError } from './conditions-error.js';

export type ConditionToken =
  | { kind: 'open' | 'close' | 'comma'; at: number }
  | { kind: 'operator'; text: '=' | '!=' | '<' | '<=' | '>' | '>='; at: number }
  | { kind: 'word'; text: string; at: number }
  | { kind: 'string'; value: string; at: number }
  | { kind: 'datetime'; value: string; at: number }
  | { kind: 'number'; value: number; at: number };

const WORD = /[A-Za-z_][A-Za-z0-9_/.]*/y;
const NUMBER = /-?[0-9]+(\.[0-9]+)?(?![A-Za-z0-9_])/y;

/**
 * Splits a ConnectWise `conditions` string into tokens: parentheses, commas, comparison operators
 * (`<>` reads as `!=`), words (field paths such as `board/name`, and keywords), quoted strings (single
 * or double quotes), `[datetime]` literals and numbers.
 *
 * @example
 * tokenizeConditions('board/name = "Tier 2" and lastUpdated > [2024-01-01T00:00:00Z]').map((t) => t.kind);
 * //=> ['word', 'operator', 'string', 'word', 'word', 'operator', 'datetime']
 * tokenizeConditions('summary = "open'); //=> throws ConditionsError('Unterminated string starting at position 10. String values ...')
 */
export function tokenizeConditions(text: string): ConditionToken[] {
  const tokens: ConditionToken[] = [];
  let at = 0;
  while (at < text.length) {
    const char = text[at]!;
    if (/\s/.test(char)) {
      at += 1;
    } else if (char === '(' || char === ')' || char === ',') {
      tokens.push({ kind: char === '(' ? 'open' : char === ')' ? 'close' : 'comma', at });
      at += 1;
    } else if ('=!<>'.includes(char)) {
      const two = text.slice(at, at + 2);
      const text2 = two === '<>' ? '!=' : two;
      if (text2 === '!=' || text2 === '<=' || text2 === '>=') {
        tokens.push({ kind: 'operator', text: text2, at });
        at += 2;
      } else if (char === '!') {
        throw new ConditionsError(`Unexpected character '!' at position ${at}`);
      } else {
        tokens.push({ kind: 'operator', text: char as '=' | '<' | '>', at });
        at += 1;
      }
    } else if (char === '"' || char === "'") {
      const end = text.indexOf(char, at + 1);
      if (end < 0) throw new ConditionsError(`Unterminated string starting at position ${at}`);
      tokens.push({ kind: 'string', value: text.slice(at + 1, end), at });
      at = end + 1;
    } else if (char === '[') {
      const end = text.indexOf(']', at + 1);
      if (end < 0) throw new ConditionsError(`Unterminated DateTime value starting at position ${at}`);
      tokens.push({ kind: 'datetime', value: text.slice(at + 1, end).trim(), at });
      at = end + 1;
    } else {
      at = readWordOrNumber(text, at, tokens);
    }
  }
  return tokens;
}

function readWordOrNumber(text: string, at: number, tokens: ConditionToken[]): number {
  NUMBER.lastIndex = at;
  const number = NUMBER.exec(text);
  if (number) {
    tokens.push({ kind: 'number', value: Number(number[0]), at });
    return at + number[0].length;
  }
  WORD.lastIndex = at;
  const word = WORD.exec(text);
  if (word) {
    tokens.push({ kind: 'word', text: word[0], at });
    return at + word[0].length;
  }
  throw new ConditionsError(`Unexpected character '${text[at]}' at position ${at}`);
}
