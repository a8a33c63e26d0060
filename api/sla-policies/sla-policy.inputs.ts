import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { PausingStatusesInput, SlaTargetInput } from './sla-parts.js';

@InputType({ description: 'SLA targets from a local date on.' })
export class SlaPolicyVersionInput {
  @Field(() => String, { description: 'YYYY-MM-DD; applies to tickets created from this local date.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'effectiveFrom must be a local date YYYY-MM-DD' })
  effectiveFrom!: string;

  @Field(() => ID, { nullable: true, description: 'Calendar of the clocks for clients without their own.' })
  @IsOptional() @IsUUID()
  businessCalendarId?: string | null;

  @Field(() => [SlaTargetInput], { description: 'One per priority; priorities without a target have NO_TARGET.' })
  @ValidateNested({ each: true }) @ArrayMinSize(1) @ArrayMaxSize(4)
  targets!: SlaTargetInput[];

  @Field(() => PausingStatusesInput, { nullable: true, description: 'Default: WAITING_CUSTOMER pauses RESOLUTION.' })
  @IsOptional() @ValidateNested()
  pausingStatuses?: PausingStatusesInput | null;
}

@InputType()
export class CreateSlaPolicyInput {
  @Field(() => String)
  @Length(1, 200)
  name!: string;

  @Field(() => ID, { nullable: true, description: 'Owning client; omit for a policy shared by all clients.' })
  @IsOptional() @IsUUID()
  clientId?: string | null;

  @Field(() => SlaPolicyVersionInput)
  @ValidateNested()
  terms!: SlaPolicyVersionInput;
}

@InputType()
export class UpdateSlaPolicyInput {
  @Field(() => String, { nullable: true })
  @IsOptional() @Length(1, 200)
  name?: string;
}

@InputType()
export class SlaPolicyFilter {
  @Field(() => ID, { nullable: true, description: "A client's own policies and the shared ones." })
  @IsOptional() @IsUUID()
  clientId?: string | null;

  @Field(() => Boolean, { defaultValue: false })
  includeArchived!: boolean;
}
