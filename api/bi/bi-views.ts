/** An exportable view of the `bi` schema: the local-date column `from`/`to` filter on, and its row order. */
export interface BiView {
  name: string;
  periodColumn: string;
  orderBy: readonly string[];
}

/**
 * The views of the `bi` schema (Migration20261129000000BiViews). Periods are local dates in each
 * client's zone: a review's period start, a CSI item's proposal day, a ticket's creation day.
 */
export const BI_VIEWS: readonly BiView[] = [
  { name: 'review_facts', periodColumn: 'period_from', orderBy: ['period_from', 'client_id', 'review_id'] },
  { name: 'kpi_snapshots', periodColumn: 'period_from', orderBy: ['period_from', 'client_id', 'snapshot_id', 'key', 'figure'] },
  { name: 'sla_attainment', periodColumn: 'period_from', orderBy: ['period_from', 'client_id', 'snapshot_id', 'clock', 'priority'] },
  { name: 'csi_items', periodColumn: 'proposed_on', orderBy: ['proposed_on', 'client_id', 'csi_item_id', 'kpi_key'] },
  { name: 'tickets_normalized', periodColumn: 'created_on', orderBy: ['created_at', 'ticket_id'] },
];

export function biView(name: string): BiView | undefined {
  return BI_VIEWS.find((v) => v.name === name);
}
