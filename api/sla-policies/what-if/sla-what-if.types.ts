import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LocalPeriodType } from '../../reviews/period/local-period.type.js';
import { SlaClockKind } from '../../sla/clock-store/ticket-sla-clock.entity.js';
import { Priority } from '../../tickets/priority.js';

@ObjectType({ description: 'First-cycle clock outcomes of tickets created in the period, as the attainment KPIs count them.' })
export class SlaAttainmentTally {
  @Field(() => Int)
  met!: number;
  @Field(() => Int)
  breached!: number;
  @Field(() => Int)
  pending!: number;
  @Field(() => Int)
  noTarget!: number;
  @Field(() => Float, { nullable: true, description: 'met / (met + breached).' })
  attainment!: number | null;
}

@ObjectType({ description: 'One clock for one (current) priority, or all priorities when priority is null: actual beside proposed.' })
export class SlaWhatIfRow {
  @Field(() => SlaClockKind)
  clock!: SlaClockKind;
  @Field(() => Priority, { nullable: true, description: 'Null: every priority together.' })
  priority!: Priority | null;
  @Field(() => Float, { nullable: true, description: 'The target of the policy version in force at the period start.' })
  actualTargetMinutes!: number | null;
  @Field(() => Float, { nullable: true })
  proposedTargetMinutes!: number | null;
  @Field(() => SlaAttainmentTally)
  actual!: SlaAttainmentTally;
  @Field(() => SlaAttainmentTally)
  proposed!: SlaAttainmentTally;
  @Field(() => Float, { nullable: true, description: 'proposed.attainment - actual.attainment.' })
  delta!: number | null;
}

@ObjectType({ description: "SLA attainment over a client's historical tickets under proposed targets, beside the actual attainment, both replayed by the SLA clock code." })
export class SlaWhatIf {
  @Field(() => ID)
  clientId!: string;
  @Field(() => LocalPeriodType)
  period!: LocalPeriodType;
  @Field(() => Int, { description: 'Tickets created in the period that the attainment KPIs count (not cancelled, not merged).' })
  tickets!: number;
  @Field(() => Date, { description: 'The instant the clocks were judged at (running clocks are PENDING or BREACHED as of then).' })
  asOf!: Date;
  @Field(() => [SlaWhatIfRow])
  rows!: SlaWhatIfRow[];
}
