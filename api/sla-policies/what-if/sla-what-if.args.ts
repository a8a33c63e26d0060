import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { LocalPeriodInput } from '../../kpis/graphql/kpi.inputs.js';
import { PausingStatusesInput, SlaTargetInput } from '../sla-parts.js';

@InputType({ description: 'Proposed SLA terms; priorities not listed keep their actual targets.' })
export class SlaWhatIfChangesInput {
  @Field(() => [SlaTargetInput])
  @ValidateNested({ each: true }) @ArrayMinSize(1) @ArrayMaxSize(4)
  targets!: SlaTargetInput[];

  @Field(() => PausingStatusesInput, { nullable: true, description: "Default: each ticket's actual pausing statuses." })
  @IsOptional() @ValidateNested()
  pausingStatuses?: PausingStatusesInput | null;
}

@ArgsType()
export class SlaWhatIfArgs {
  @Field(() => ID)
  @IsUUID()
  clientId!: string;

  @Field(() => LocalPeriodInput, { description: "Tickets created in it (client zone), at most 366 days." })
  @ValidateNested()
  period!: LocalPeriodInput;

  @Field(() => SlaWhatIfChangesInput)
  @ValidateNested()
  changes!: SlaWhatIfChangesInput;
}
