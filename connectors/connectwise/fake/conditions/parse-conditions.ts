import type { ComparisonOperator, Condition, ConditionValue } from './condition.js';
import { ConditionsError } from './conditions-error.js';
import { tokenizeConditions, type ConditionToken } from './tokenize-conditions.js';

/**
 * Parses the subset of ConnectWise's `conditions` language the fake serves: comparisons (`=`, `!=` /
 * `<>`, `<`, `<=`, `>`, `>=`, `like`, `contains`, their `not` forms, `in (...)` / `not in (...)`) of a
 * field path with a string, `[datetime]`, number, `true` / `false` or `null`, combined with `and` / `or`
 * (`and` binds tighter; keywords in any case) and parentheses. Malformed input throws ConditionsError,
 * which the routes answer as ConnectWise does, with a 400.
 *
 * @example
 * parseConditions('lastUpdated > [2024-01-01T00:00:00Z] or (lastUpdated = [2024-01-01T00:00:00Z] and id > 5)');
 * //=> { kind: 'or', items: [{ kind: 'compare', field: 'lastUpdated', operator: '>', value: { type: 'datetime', ... } },
 * //     { kind: 'and', items: [...] }] }
 * parseConditions('closedFlag = yes'); //=> throws ConditionsError("Expected a value, not 'yes'. String values ...")
 */
export function parseConditions(text: string): Condition {
  const tokens = tokenizeConditions(text);
  let position = 0;
  const peek = (): ConditionToken | undefined => tokens[position];
  const isWord = (token: ConditionToken | undefined, word: string): boolean =>
    token?.kind === 'word' && token.text.toLowerCase() === word;

  function expression(): Condition {
    const items = [conjunction()];
    while (isWord(peek(), 'or')) {
      position += 1;
      items.push(conjunction());
    }
    return items.length === 1 ? items[0]! : { kind: 'or', items };
  }

  function conjunction(): Condition {
    const items = [operand()];
    while (isWord(peek(), 'and')) {
      position += 1;
      items.push(operand());
    }
    return items.length === 1 ? items[0]! : { kind: 'and', items };
  }

  function operand(): Condition {
    const token = peek();
    if (token?.kind === 'open') {
      position += 1;
      const inner = expression();
      if (peek()?.kind !== 'close') throw new ConditionsError(`Expected ')' at ${where(peek())}`);
      position += 1;
      return inner;
    }
    if (token?.kind !== 'word' || ['and', 'or', 'not'].includes(token.text.toLowerCase())) {
      throw new ConditionsError(`Expected a field name at ${where(token)}`);
    }
    position += 1;
    return comparison(token.text);
  }

  function comparison(field: string): Condition {
    const token = peek();
    position += 1;
    if (token?.kind === 'operator') return { kind: 'compare', field, operator: token.text, value: value() };
    const negated = isWord(token, 'not');
    const keyword = negated ? peek() : token;
    if (negated) position += 1;
    const word = keyword?.kind === 'word' ? keyword.text.toLowerCase() : '';
    if (word === 'in') return { kind: 'in', field, negated, values: list() };
    if (word === 'like' || word === 'contains') {
      const operator = (negated ? `not ${word}` : word) as ComparisonOperator;
      return { kind: 'compare', field, operator, value: value() };
    }
    throw new ConditionsError(`Expected an operator after '${field}' at ${where(token)}`);
  }

  function list(): ConditionValue[] {
    if (peek()?.kind !== 'open') throw new ConditionsError(`Expected '(' after 'in' at ${where(peek())}`);
    position += 1;
    const values = [value()];
    while (peek()?.kind === 'comma') {
      position += 1;
      values.push(value());
    }
    if (peek()?.kind !== 'close') throw new ConditionsError(`Expected ')' at ${where(peek())}`);
    position += 1;
    return values;
  }

  function value(): ConditionValue {
    const token = peek();
    position += 1;
    switch (token?.kind) {
      case 'string': return { type: 'string', value: token.value };
      case 'number': return { type: 'number', value: token.value };
      case 'datetime': {
        const at = Date.parse(token.value);
        if (Number.isNaN(at)) throw new ConditionsError(`'${token.value}' is not a valid DateTime value`);
        return { type: 'datetime', value: at, text: token.value };
      }
      case 'word': {
        const word = token.text.toLowerCase();
        if (word === 'true' || word === 'false') return { type: 'boolean', value: word === 'true' };
        if (word === 'null') return { type: 'null' };
        throw new ConditionsError(`Expected a value, not '${token.text}'`);
      }
      default: throw new ConditionsError(`Expected a value at ${where(token)}`);
    }
  }

  const result = expression();
  if (position < tokens.length) throw new ConditionsError(`Unexpected ${describe(peek()!)} at position ${peek()!.at}`);
  return result;
}

function where(token: ConditionToken | undefined): string {
  return token ? `position ${token.at}` : 'the end of the conditions';
}

function describe(token: ConditionToken): string {
  return token.kind === 'word' || token.kind === 'operator' ? `'${token.text}'` : token.kind;
}
