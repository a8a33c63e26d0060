import { describe, expect, it } from 'vitest';
import { csvLine } from '../../api/bi/csv-line.js';
import { exportFilter } from '../../api/bi/export-filter.js';
import { parseCsv } from './parse-csv.js';

const CLIENT = '0b6c1f2e-8d3a-4c5b-9e7f-1a2b3c4d5e6f';

describe('csvLine', () => {
  it.each([
    ['plain fields', ['a', 'b', '1.5'], 'a,b,1.5\r\n'],
    ['a comma', ['b,c'], '"b,c"\r\n'],
    ['quotes, doubled', ['say "hi"'], '"say ""hi"""\r\n'],
    ['line breaks', ['two\nlines', 'cr\rhere', 'crlf\r\n'], '"two\nlines","cr\rhere","crlf\r\n"\r\n'],
    ['null and empty', [null, '', 'x'], ',,x\r\n'],
    ['spaces and unicode stay bare', [' Ä ö ', '€'], ' Ä ö ,€\r\n'],
  ])('%s', (_case, fields, line) => {
    expect(csvLine(fields)).toBe(line);
    expect(parseCsv(line)).toEqual([fields.map((f) => f ?? '')]);
  });
});

describe('exportFilter', () => {
  it.each([
    ['nothing', {}, {}],
    ['a client and a period', { clientId: CLIENT, from: '2025-01-01', to: '2025-04-01' }, { clientId: CLIENT, from: '2025-01-01', to: '2025-04-01' }],
    ['an open end', { from: '2025-01-01' }, { from: '2025-01-01' }],
  ])('accepts %s', (_case, query, filter) => {
    expect(exportFilter(query)).toEqual(filter);
  });

  it.each([
    ['an unknown parameter', { client: CLIENT }, 'client', 'client: unknown parameter; expected clientId, from, to'],
    ['a repeated parameter', { clientId: [CLIENT, CLIENT] }, 'clientId', 'clientId: give it once, as a plain value'],
    ['a client that is no UUID', { clientId: 'acme' }, 'clientId', 'clientId: expected a client UUID, got "acme"'],
    ['a date that does not exist', { from: '2025-02-30' }, 'from', 'from: must be a real local date YYYY-MM-DD, got "2025-02-30"'],
    ['a timestamp for a date', { to: '2025-02-01T00:00:00Z' }, 'to', 'to: must be a real local date YYYY-MM-DD, got "2025-02-01T00:00:00Z"'],
    ['to not after from', { from: '2025-02-01', to: '2025-02-01' }, 'to', 'to: must be after from (2025-02-01), got "2025-02-01"'],
  ])('refuses %s, naming it', (_case, query, field, message) => {
    expect(() => exportFilter(query)).toThrow(expect.objectContaining({ field, message }));
  });
});
