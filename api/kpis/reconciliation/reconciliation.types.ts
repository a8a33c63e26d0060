import { Field, Float, Int, ObjectType } from 'type-graphql';
import { SlaClockKind, SlaClockStatus } from '../../sla/clock-store/ticket-sla-clock.entity.js';
import { Ticket } from '../../tickets/ticket.entity.js';

@ObjectType({ description: 'A ticket on which our SLA outcome and the vendor-reported one differ.' })
export class SlaDisagreement {
  @Field(() => Ticket)
  ticket!: Ticket;
  @Field(() => SlaClockStatus, { description: 'Our outcome (MET or BREACHED).' })
  ours!: SlaClockStatus;
  @Field(() => Boolean, { description: 'What the vendor reports: met or not.' })
  vendorMet!: boolean;
}

@ObjectType({ description: "Our SLA outcomes against the vendor's own flags, for one clock." })
export class SlaReconciliation {
  @Field(() => SlaClockKind)
  clock!: SlaClockKind;
  @Field(() => Int, { description: 'Tickets where both sides give an outcome (ours MET or BREACHED, the vendor a flag).' })
  compared!: number;
  @Field(() => Int)
  agreed!: number;
  @Field(() => Float, { nullable: true, description: 'agreed / compared; null when nothing could be compared.' })
  agreementRate!: number | null;
  @Field(() => [SlaDisagreement])
  disagreements!: SlaDisagreement[];
}
