import { seededRandom } from '../../../sdk/fake/index.js';
import {
  BOARDS, CANCELLED, CLOSED, COMPLETED, ENGINEERING, HELP_DESK, IN_PROGRESS, PRIORITIES, SLA_TARGETS, SOURCES,
  SUMMARIES, TECHNICIANS, TIER_2, WAITING_CUSTOMER, WAITING_VENDOR,
} from './catalog.js';
import { mixSeed, type ScenarioShape } from './scenario-shape.js';

/** One change in a ticket's life; each present field is a new value (indexes into the catalog). */
export interface LifecycleStep {
  at: number;
  status?: number;
  board?: number;
  priority?: number;
  /** The ticket was merged into this one (ConnectWise closes the merged child). */
  mergedInto?: number;
}

/** A ticket as generated: its values at creation and its changes, in time order, none after the scenario's end. */
export interface TicketLifecycle {
  id: number;
  createdAt: number;
  company: number;
  board: number;
  priority: number;
  type: number | null;
  summary: number;
  owner: number;
  source: number;
  steps: LifecycleStep[];
}

const MINUTE = 60_000;

/**
 * Ticket `id` of the scenario, derived from the seed and the id alone. Lifecycles follow an MSP help desk:
 * New -> In Progress (response) -> maybe Waiting Customer / Waiting Vendor and back -> Completed -> mostly
 * Closed a day or two later; a few stall open (the backlog); some are escalated Help Desk -> Tier 2 (-> Engineering), some re-prioritised,
 * some reopened after completion, some cancelled, some merged into an earlier ticket. A ticket created at
 * `createdAt` (added during a test) is new and has no changes yet.
 *
 * @example
 * ticketLifecycle(shape, 42).steps[0]; //=> { at: 1709290000000, status: 1 } (moved to In Progress)
 */
export function ticketLifecycle(shape: ScenarioShape, id: number, createdAt?: number): TicketLifecycle {
  const random = seededRandom(mixSeed(shape.seed, id));
  const pick = (weights: readonly number[]): number => {
    let u = random();
    for (let i = 0; i < weights.length; i++) if ((u -= weights[i]!) < 0) return i;
    return weights.length - 1;
  };
  const created = createdAt ?? shape.start + Math.floor(random() * (shape.end - shape.start) / 1000) * 1000;
  const board = pick([0.8, 0.05, 0.03, 0.12]);
  const priority = pick([0.03, 0.12, 0.65, 0.15, 0.05]);
  const ticket: TicketLifecycle = {
    id, createdAt: created, board, priority,
    company: Math.floor(shape.companies * random() ** 2.5),
    type: board === BOARDS.length - 1 ? null : pick([0.55, 0.35, 0.04, 0.06]),
    summary: Math.floor(random() * SUMMARIES.length),
    owner: Math.floor(random() * TECHNICIANS.length),
    source: board === BOARDS.length - 1 ? SOURCES.length - 1 : Math.floor(random() * (SOURCES.length - 1)),
    steps: [],
  };
  if (createdAt !== undefined) return ticket;
  let t = created;
  const after = (meanMinutes: number, change: Omit<LifecycleStep, 'at'>): void => {
    t += Math.max(1, Math.round(-meanMinutes * Math.log(1 - random()))) * MINUTE;
    ticket.steps.push({ at: t, ...change });
  };
  const targets = SLA_TARGETS[priority]!;
  const respondMean = Number.isFinite(targets.respond) ? targets.respond * 0.8 : 720;
  const resolveMean = Number.isFinite(targets.resolve) ? targets.resolve * 0.6 : 2880;
  if (random() < 0.04) {
    after(120, { status: CANCELLED });
  } else {
    after(respondMean, { status: IN_PROGRESS });
    if (random() < 0.06) after(60, { priority: Math.max(0, Math.min(PRIORITIES.length - 2, priority + (random() < 0.5 ? -1 : 1))) });
    if (board === HELP_DESK && random() < 0.12) {
      after(90, { board: TIER_2 });
      if (random() < 0.2) after(240, { board: ENGINEERING });
    }
    if (random() < 0.25) {
      after(120, { status: random() < 0.8 ? WAITING_CUSTOMER : WAITING_VENDOR });
      after(600, { status: IN_PROGRESS });
    }
    if (random() < 0.06) {
      // Stalled: long-running work or a customer who never answers, so the backlog is never empty.
    } else if (id > 1 && random() < 0.02) {
      after(30, { status: CLOSED, mergedInto: id - 1 - Math.floor(random() * Math.min(50, id - 1)) });
    } else {
      after(resolveMean, { status: COMPLETED });
      if (random() < 0.08) {
        after(1440, { status: IN_PROGRESS });
        after(240, { status: COMPLETED });
      }
      if (random() < 0.8) after(2880, { status: CLOSED });
    }
  }
  ticket.steps = ticket.steps.filter((step) => step.at < shape.end);
  return ticket;
}
