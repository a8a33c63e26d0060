import type { Condition, ConditionValue } from './condition.js';
import { ConditionsError } from './conditions-error.js';

export type FieldType = 'string' | 'number' | 'datetime' | 'boolean';

/** How to read one field path from a row; datetimes read as epoch milliseconds or ISO strings. */
export interface FieldReader<Row> {
  type: FieldType;
  read(row: Row): string | number | boolean | null | undefined;
}

/** The fields a collection can be filtered on (null: unknown field). */
export type FieldCatalog<Row> = (path: string) => FieldReader<Row> | null;

const VALUE_NAMES: Record<ConditionValue['type'], string> = {
  string: 'string', number: 'numeric', datetime: 'DateTime', boolean: 'boolean', null: 'null',
};
const FIELD_NAMES: Record<FieldType, string> = { string: 'string', number: 'numeric', datetime: 'DateTime', boolean: 'boolean' };

/**
 * Turns a parsed condition into a predicate over rows, checking each value against its field's type the
 * way ConnectWise reports it ("Expected a boolean value, not a numeric"). Strings compare ignoring case
 * (ConnectWise runs on SQL Server's case-insensitive collation); `like` takes `%` and `_` wildcards.
 *
 * @example
 * const test = compileCondition(parseConditions('id > 5 and board/name like "help%"'), catalog);
 * test({ id: 6, board: { name: 'Help Desk' } }); //=> true
 * compileCondition(parseConditions('closedFlag = 1'), catalog); //=> throws ConditionsError('Expected a boolean value, not a numeric. ...')
 */
export function compileCondition<R>(condition: Condition, catalog: FieldCatalog<R>): (row: R) => boolean {
  switch (condition.kind) {
    case 'and': {
      const tests = condition.items.map((item) => compileCondition(item, catalog));
      return (row) => tests.every((test) => test(row));
    }
    case 'or': {
      const tests = condition.items.map((item) => compileCondition(item, catalog));
      return (row) => tests.some((test) => test(row));
    }
    case 'in': {
      const field = fieldOf(condition.field, catalog);
      const tests = condition.values.map((value) => comparison(field, '=', value));
      return condition.negated ? (row) => !tests.some((test) => test(row)) : (row) => tests.some((test) => test(row));
    }
    case 'compare':
      return comparison(fieldOf(condition.field, catalog), condition.operator, condition.value);
    default:
      return unreachable(condition);
  }
}

function fieldOf<R>(path: string, catalog: FieldCatalog<R>): FieldReader<R> {
  const field = catalog(path);
  if (!field) throw new ConditionsError(`Unknown field '${path}'`);
  return field;
}

function comparison<R>(field: FieldReader<R>, operator: string, value: ConditionValue): (row: R) => boolean {
  if (value.type === 'null') {
    if (operator !== '=' && operator !== '!=') throw new ConditionsError(`Cannot compare null with '${operator}'`);
    const isNull = (row: R): boolean => field.read(row) === null || field.read(row) === undefined;
    return operator === '=' ? isNull : (row) => !isNull(row);
  }
  const expected = field.type === 'datetime' ? 'datetime' : field.type;
  if (value.type !== expected) throw new ConditionsError(`Expected a ${FIELD_NAMES[field.type]} value, not a ${VALUE_NAMES[value.type]}`);
  if (operator.includes('like') || operator.includes('contains')) {
    if (value.type !== 'string') throw new ConditionsError(`'${operator}' needs a string value`);
    const pattern = operator.includes('like') ? likePattern(value.value) : new RegExp(escape(value.value), 'i');
    const negated = operator.startsWith('not');
    return (row) => {
      const actual = field.read(row);
      if (actual === null || actual === undefined) return false;
      return pattern.test(String(actual)) !== negated;
    };
  }
  const wanted = comparable(value.value, field.type);
  return (row) => {
    const actual = field.read(row);
    if (actual === null || actual === undefined) return false;
    return order(comparable(actual, field.type), wanted, operator);
  };
}

function comparable(value: string | number | boolean, type: FieldType): string | number {
  if (type === 'datetime') return typeof value === 'number' ? value : Date.parse(String(value));
  if (type === 'string') return String(value).toLowerCase();
  return Number(value);
}

function order(actual: string | number, wanted: string | number, operator: string): boolean {
  switch (operator) {
    case '=': return actual === wanted;
    case '!=': return actual !== wanted;
    case '<': return actual < wanted;
    case '<=': return actual <= wanted;
    case '>': return actual > wanted;
    case '>=': return actual >= wanted;
    default: throw new ConditionsError(`Unknown operator '${operator}'`);
  }
}

function likePattern(pattern: string): RegExp {
  const body = [...pattern].map((c) => (c === '%' ? '.*' : c === '_' ? '.' : escape(c))).join('');
  return new RegExp(`^${body}$`, 'is');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function unreachable(condition: never): never {
  throw new Error(`Unhandled condition ${JSON.stringify(condition)}`);
}
