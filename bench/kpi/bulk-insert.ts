import type pg from 'pg';

/** A column of a bulk insert: its name (also the JSON key) and PostgreSQL type. */
export type Column = readonly [name: string, type: string];

/**
 * Inserts `rows` into `table` with one `INSERT ... SELECT FROM jsonb_to_recordset` statement:
 * `tenant_id` and any `constants` from parameters, `expressions` as written (e.g. `gen_random_uuid()`),
 * the rest from the rows' keys.
 */
export async function insertRecords(
  client: pg.Client,
  table: string,
  tenantId: string,
  columns: readonly Column[],
  rows: readonly object[],
  constants: Readonly<Record<string, readonly [sqlType: string, value: unknown]>> = {},
  expressions: Readonly<Record<string, string>> = {},
): Promise<void> {
  if (rows.length === 0) return;
  const constantNames = [...Object.keys(constants), ...Object.keys(expressions)];
  const params: unknown[] = [tenantId, JSON.stringify(rows)];
  const constantExprs = constantNames.map((name) => {
    if (name in expressions) return expressions[name];
    params.push(constants[name][1]);
    return `$${params.length}::${constants[name][0]}`;
  });
  await client.query(
    `insert into ${table} (tenant_id, ${[...columns.map(([n]) => n), ...constantNames].join(', ')})
     select $1::uuid, ${[...columns.map(([n]) => `u.${n}`), ...constantExprs].join(', ')}
       from jsonb_to_recordset($2::jsonb) as u(${columns.map(([n, t]) => `${n} ${t}`).join(', ')})`,
    params,
  );
}
