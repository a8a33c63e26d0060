import pg from 'pg';

/**
 * Instances of every tenant that are due: for `sync`, their interval has passed since their last
 * scheduled run began; for `reconcile`, a day has passed since their last deletion check. Read as the
 * database owner: the scheduler works for all tenants and reads only ids.
 */
export async function dueInstances(databaseUrl: string, work: 'sync' | 'reconcile'): Promise<{ tenantId: string; instanceId: string }[]> {
  const [runs, interval] = work === 'sync'
    ? [`r.trigger = 'SCHEDULE' and r.stream not like '%#deletions'`, 'make_interval(mins => i.sync_interval_minutes)']
    : [`r.stream like '%#deletions'`, `interval '1 day'`];
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'quarterdeck-scheduler' });
  await client.connect();
  try {
    const { rows } = await client.query<{ tenant_id: string; id: string }>(
      `select i.tenant_id, i.id from connector_instance i
        where i.enabled and i.archived_at is null
          and coalesce((select max(r.started_at) from sync_run r
                         where r.tenant_id = i.tenant_id and r.connector_instance_id = i.id and ${runs}), '-infinity')
              <= now() - ${interval}`);
    return rows.map((row) => ({ tenantId: row.tenant_id, instanceId: row.id }));
  } finally {
    await client.end();
  }
}
