import { BadInputError } from '../graphql/errors.js';
import { Priority } from '../tickets/priority.js';

/**
 * One target per priority, and none for NONE (kpi-sla.md: priority NONE never has a target).
 *
 * @example
 * assertSlaTargets('targets', [{ priority: 'P2' }, { priority: 'P2' }]) // throws "targets: priority P2 has more than one target"
 */
export function assertSlaTargets(field: string, targets: readonly { priority: Priority }[]): void {
  const priorities = targets.map((t) => t.priority);
  const repeated = priorities.find((p, i) => priorities.indexOf(p) !== i);
  if (repeated) throw new BadInputError(field, `priority ${repeated} has more than one target`);
  if (priorities.includes(Priority.NONE)) throw new BadInputError(field, 'priority NONE never has a target');
}
