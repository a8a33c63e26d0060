import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayUnique, IsEnum, IsInt, Max, Min } from 'class-validator';
import { Priority } from '../tickets/priority.js';
import { StatusCategory } from '../tickets/status-category.js';

/** Targets for one priority, in business minutes. */
@ObjectType()
export class SlaTarget {
  @Field(() => Priority)
  priority!: Priority;
  @Field(() => Int, { description: 'FIRST_RESPONSE target, business minutes.' })
  firstResponseMinutes!: number;
  @Field(() => Int, { description: 'RESOLUTION target, business minutes.' })
  resolutionMinutes!: number;
}

@InputType()
export class SlaTargetInput {
  @Field(() => Priority)
  @IsEnum(Priority)
  priority!: Priority;
  @Field(() => Int)
  @IsInt() @Min(1) @Max(525600)
  firstResponseMinutes!: number;
  @Field(() => Int)
  @IsInt() @Min(1) @Max(525600)
  resolutionMinutes!: number;
}

/** The status categories that pause each clock. */
@ObjectType()
export class PausingStatuses {
  @Field(() => [StatusCategory])
  firstResponse!: StatusCategory[];
  @Field(() => [StatusCategory])
  resolution!: StatusCategory[];
}

@InputType()
export class PausingStatusesInput {
  @Field(() => [StatusCategory], { defaultValue: [] })
  @IsEnum(StatusCategory, { each: true }) @ArrayUnique()
  firstResponse!: StatusCategory[];
  @Field(() => [StatusCategory], { defaultValue: [StatusCategory.WAITING_CUSTOMER] })
  @IsEnum(StatusCategory, { each: true }) @ArrayUnique()
  resolution!: StatusCategory[];
}

/** kpi-sla.md: by default WAITING_CUSTOMER pauses RESOLUTION only. */
export const DEFAULT_PAUSING: PausingStatuses = {
  firstResponse: [],
  resolution: [StatusCategory.WAITING_CUSTOMER],
};
