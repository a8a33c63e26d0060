import { DateTime } from 'luxon';
import { Client } from '../../clients/client.entity.js';
import type { Context } from '../../graphql/context.js';
import { BadInputError } from '../../graphql/errors.js';
import { kpiBuckets } from '../../kpis/engine/buckets.js';
import { versionInForce } from '../../sla/clock-store/version-in-force.js';
import { SlaClockKind } from '../../sla/clock-store/ticket-sla-clock.entity.js';
import { DEFAULT_CLOCK_PAUSING, type ClockPolicy } from '../../sla/clocks/clock-policy.js';
import { replaySlaClocks } from '../../sla/clocks/replay-sla-clocks.js';
import type { ClockStatus } from '../../sla/clocks/clock-result.js';
import { targetMinutes } from '../../sla/clocks/clock-target.js';
import { Priority } from '../../tickets/priority.js';
import { assertSlaTargets } from '../assert-sla-targets.js';
import type { SlaPolicyVersion } from '../sla-policy-version.entity.js';
import { loadClockTickets } from './load-clock-tickets.js';
import type { SlaWhatIfArgs } from './sla-what-if.args.js';
import type { SlaWhatIf, SlaWhatIfRow } from './sla-what-if.types.js';
import { tallyAttainment } from './tally-attainment.js';

const MAX_DAYS = 366;

type Changes = SlaWhatIfArgs['changes'];

/** The policy a ticket would have had under the proposal: its own version with the proposed targets laid over. */
function proposedPolicy(actual: SlaPolicyVersion | undefined, changes: Changes): ClockPolicy {
  const targets = [...(actual?.targets ?? []).filter((t) => !changes.targets.some((c) => c.priority === t.priority)), ...changes.targets];
  return { version: actual?.version ?? 0, targets, pausing: changes.pausingStatuses ?? actual?.pausingStatuses ?? DEFAULT_CLOCK_PAUSING };
}

/**
 * Responsible for SLA what-ifs: replays a client's historical tickets through the real SLA clocks
 * (`replaySlaClocks`) twice, under the targets each ticket actually had and under proposed ones,
 * and counts attainment as the KPIs do (first cycle, tickets created in the period, by current
 * priority). Reads only; nothing is stored.
 */
export class SlaWhatIfService {
  constructor(private readonly ctx: Context) {}

  async compute(args: SlaWhatIfArgs): Promise<SlaWhatIf> {
    const { period, changes } = args;
    kpiBuckets(period.from, period.to, 'YEAR'); // validates the dates, naming the bad one
    if (DateTime.fromISO(period.to, { zone: 'UTC' }).diff(DateTime.fromISO(period.from, { zone: 'UTC' }), 'days').days > MAX_DAYS) {
      throw new BadInputError('period', `spans more than ${MAX_DAYS} days; ask for a year at most`);
    }
    assertSlaTargets('changes.targets', changes.targets);
    const client = await this.ctx.store.get(Client, args.clientId, 'client');
    const { tickets: inputs, policyVersions } = await loadClockTickets(this.ctx.em, this.ctx.store, client, period);
    const asOf = new Date();
    const outcomes = inputs.map(({ ticket, clockTicket, policy, calendar }) => {
      const actual = replaySlaClocks(clockTicket, policy ? { version: policy.version, targets: policy.targets, pausing: policy.pausingStatuses } : null, calendar, asOf);
      const proposed = replaySlaClocks(clockTicket, proposedPolicy(policy, changes), calendar, asOf);
      return { priority: ticket.priority, actual, proposed };
    });
    const startPolicy = versionInForce(policyVersions, period.from);
    const rows: SlaWhatIfRow[] = [];
    for (const clock of Object.values(SlaClockKind)) {
      const pick = (c: (typeof outcomes)[number]['actual']): ClockStatus => (clock === SlaClockKind.FIRST_RESPONSE ? c.firstResponse : c.resolution).status;
      for (const priority of [null, ...Object.values(Priority)]) {
        const mine = outcomes.filter((o) => priority === null || o.priority === priority);
        const actual = tallyAttainment(mine.map((o) => pick(o.actual)));
        const proposed = tallyAttainment(mine.map((o) => pick(o.proposed)));
        rows.push({
          clock, priority, actual, proposed,
          actualTargetMinutes: priority && startPolicy ? targetMinutes({ version: startPolicy.version, targets: startPolicy.targets, pausing: startPolicy.pausingStatuses }, clock, priority) : null,
          proposedTargetMinutes: priority ? targetMinutes(proposedPolicy(startPolicy, changes), clock, priority) : null,
          delta: actual.attainment === null || proposed.attainment === null ? null : proposed.attainment - actual.attainment,
        });
      }
    }
    return { clientId: client.id, period: { from: period.from, to: period.to }, tickets: inputs.length, asOf, rows };
  }
}
