import type { EntityManager } from '@mikro-orm/postgresql';
import type { BiView } from './bi-views.js';
import { csvLine } from './csv-line.js';
import type { ExportFilter } from './export-filter.js';

/** Where CSV goes; `write` resolves when the chunk may be followed by the next (backpressure). */
export interface CsvSink {
  write(chunk: string): Promise<void>;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Writes a `bi` view as CSV to `sink` inside `em`'s (tenant) transaction: a header of the view's
 * columns, then its rows in `view.orderBy` order, read through a server-side cursor `batchSize`
 * rows at a time, so memory holds one batch whatever the view's size. Every value is PostgreSQL's
 * own text form (timestamps in UTC); null is an empty field. Returns the number of rows.
 */
export async function streamViewCsv(em: EntityManager, view: BiView, filter: ExportFilter, sink: CsvSink, batchSize = 1000): Promise<number> {
  const relation = `bi.${ident(view.name)}`;
  const columns = (await em.execute<{ name: string }[]>(
    `select attname as name from pg_attribute where attrelid = ?::regclass and attnum > 0 and not attisdropped order by attnum`, [relation],
  )).map((c) => c.name);
  const period = ident(view.periodColumn);
  const conditions = ([['client_id = ?', filter.clientId], [`${period} >= ?::date`, filter.from], [`${period} < ?::date`, filter.to]] as const)
    .filter(([, value]) => value !== undefined);
  const where = conditions.map(([sql]) => sql);
  const params = conditions.map(([, value]) => value!);

  await em.execute(`set local timezone = 'UTC'`);
  await em.execute(`declare qd_export no scroll cursor for
    select ${columns.map((c) => `${ident(c)}::text as ${ident(c)}`).join(', ')} from ${relation}
    ${where.length ? `where ${where.join(' and ')}` : ''} order by ${view.orderBy.map(ident).join(', ')}`, params);
  await sink.write(csvLine(columns));
  let count = 0;
  for (;;) {
    const rows = await em.execute<Record<string, string | null>[]>(`fetch forward ${batchSize} from qd_export`);
    if (rows.length) await sink.write(rows.map((row) => csvLine(columns.map((c) => row[c] ?? null))).join(''));
    count += rows.length;
    if (rows.length < batchSize) break;
  }
  await em.execute('close qd_export');
  return count;
}
