import { describe, expect, it } from 'vitest';
import { compileCondition } from './compile-condition.js';
import { CONDITIONS_RULES, ConditionsError } from './conditions-error.js';
import { lowerBound } from './lower-bound.js';
import { parseConditions } from './parse-conditions.js';
import { recordFields } from '../routes/record-fields.js';

const catalog = recordFields({
  'id': 'number', 'lastupdated': 'datetime', 'board/name': 'string', 'closedflag': 'boolean', 'summary': 'string',
});
const rows = [
  { id: 1, board: { name: 'Help Desk' }, closedFlag: true, summary: 'VPN down', _info: { lastUpdated: '2024-01-01T00:00:00Z' } },
  { id: 2, board: { name: 'Tier 2' }, closedFlag: false, summary: 'Printer offline', _info: { lastUpdated: '2024-01-01T00:00:00Z' } },
  { id: 3, board: { name: 'Help Desk' }, closedFlag: false, summary: null, _info: { lastUpdated: '2024-01-02T00:00:00Z' } },
];
const matching = (conditions: string): number[] => rows.filter(compileCondition(parseConditions(conditions), catalog)).map((r) => r.id);

describe('ConnectWise conditions', () => {
  it.each([
    ['id > 1', [2, 3]],
    ['id >= 2 and id <= 2', [2]],
    ['id != 2', [1, 3]],
    ['id <> 2', [1, 3]],
    ['board/name = "help desk"', [1, 3]],
    ["board/name = 'Tier 2' or closedFlag = true", [1, 2]],
    ['closedFlag = false AND board/name like "Help%"', [3]],
    ['summary contains "down"', [1]],
    ['summary not contains "down"', [2]],
    ['board/name not like "Tier _"', [1, 3]],
    ['summary = null', [3]],
    ['summary != null', [1, 2]],
    ['id in (1, 3)', [1, 3]],
    ['id not in (1, 3)', [2]],
    ['lastUpdated > [2024-01-01T00:00:00Z] or (lastUpdated = [2024-01-01T00:00:00Z] and id > 1)', [2, 3]],
    ['_info/lastUpdated >= [2024-01-02T00:00:00Z]', [3]],
    ['(id = 1 or id = 2) and closedFlag = false', [2]],
    ['id = 1 or id = 2 and closedFlag = false', [1, 2]],
  ])('%s', (conditions, ids) => {
    expect(matching(conditions)).toEqual(ids);
  });

  it.each([
    ['closedFlag = 1', 'Expected a boolean value, not a numeric'],
    ['lastUpdated > 20240101', 'Expected a DateTime value, not a numeric'],
    ['lastUpdated > 2024-01-01', 'Unexpected number at position 18'],
    ['lastUpdated > "2024-01-01T00:00:00Z"', 'Expected a DateTime value, not a string'],
    ['board/name = Help', "Expected a value, not 'Help'"],
    ['summary = "unterminated', 'Unterminated string'],
    ['lastUpdated > [not a date]', "'not a date' is not a valid DateTime value"],
    ['(id = 1', "Expected ')'"],
    ['id = 1 id = 2', "Unexpected 'id'"],
    ['id 5', "Expected an operator after 'id'"],
    ['nonsense = 1', "Unknown field 'nonsense'"],
  ])('rejects %s with ConnectWise\'s message', (conditions, problem) => {
    let error: unknown;
    try {
      matching(conditions);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConditionsError);
    expect((error as Error).message).toContain(problem);
    expect((error as Error).message.endsWith(CONDITIONS_RULES)).toBe(true);
  });

  it('finds the least lastUpdated a keyset condition allows', () => {
    const keyset = parseConditions('(lastUpdated > [2024-01-01T00:00:00Z] or (lastUpdated = [2024-01-01T00:00:00Z] and id > 5)) and (board/name = "A")');
    expect(lowerBound(keyset, ['lastUpdated'])).toBe(Date.parse('2024-01-01T00:00:00Z'));
    expect(lowerBound(parseConditions('id > 5 or closedFlag = true'), ['id'])).toBe(-Infinity);
  });
});
