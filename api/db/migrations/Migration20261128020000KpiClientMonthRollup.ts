import { Migration } from '@mikro-orm/migrations';

/**
 * kpi_client_month holds, instead of finished figures, the exact aggregates of one client's local
 * month that any set of clients and any run of whole months can be combined from: counts and sums,
 * the month's own median and p90, the sorted response and resolution minutes (float8send bytes,
 * ascending) from which merged percentiles are selected exactly, and the reopen instants of the
 * month's resolutions (a reopen counts until a bucket's end). The rows are a cache refreshed from
 * the tickets (api/kpis/store/refresh-client-months.ts), so the old ones are dropped: until a
 * client's months are refreshed its reviews compute from the tickets. The open-until index of
 * ticket_kpi_fact gains created_at, for backlogs.
 */
export class Migration20261128020000KpiClientMonthRollup extends Migration {
  override async up(): Promise<void> {
    this.addSql(`delete from kpi_client_month;`);
    const counts = [
      'volume', 'excluded', 'fr_n', 'frs_met', 'frs_breached', 'frs_no_target', 'frs_pending', 'res_met', 'res_breached',
      'res_no_target', 'res_pending', 'esc_den', 'esc_num', 'resolved', 'rt_n', 'fcr_den', 'fcr_num', 'flr_den', 'flr_num',
      'reopen_num', 'backlog', 'age_0_1d', 'age_1_3d', 'age_3_7d', 'age_7_30d', 'age_30d_plus', 'responses', 'satisfied',
    ];
    this.addSql(`alter table kpi_client_month drop column figures,
      ${counts.map((c) => `add column ${c} integer not null`).join(', ')},
      add column fr_sum double precision not null, add column fr_p50 double precision, add column fr_p90 double precision,
      add column fr_sorted bytea not null,
      add column rt_sum double precision not null, add column rt_p50 double precision, add column rt_p90 double precision,
      add column rt_sorted bytea not null,
      add column reopen_at timestamptz[] not null,
      add column score_sum double precision not null;`);
    // Read whole or not at all, and hardly compressible: stored out of line uncompressed.
    this.addSql(`alter table kpi_client_month alter column fr_sorted set storage external, alter column rt_sorted set storage external;`);
    // A backlog at an instant reads the tickets whose last open span reaches it (open_until >= t), which
    // for a past month are mostly tickets created later: with created_at in the index they are skipped
    // there, without reading their rows.
    this.addSql(`create index ticket_kpi_fact_open_until_created on ticket_kpi_fact (tenant_id, client_id, open_until, created_at);`);
    this.addSql(`drop index ticket_kpi_fact_open_until;`);
  }
}
