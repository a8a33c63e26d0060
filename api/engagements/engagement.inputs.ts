import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsUUID, Length, ValidateNested } from 'class-validator';
import { EngagementLevel } from './engagement-level.js';
import { ParticipantInput } from './participant.js';

@InputType()
export class CreateEngagementInput {
  @Field(() => ID)
  @IsUUID()
  clientId!: string;

  @Field(() => EngagementLevel)
  @IsEnum(EngagementLevel)
  level!: EngagementLevel;

  @Field(() => String, { nullable: true, description: "RRULE; default: the level's usual cadence." })
  @IsOptional() @Length(1, 500)
  cadence?: string | null;

  @Field(() => String, { defaultValue: '' })
  @Length(0, 5000)
  objectives!: string;

  @Field(() => [ParticipantInput], { defaultValue: [] })
  @ValidateNested({ each: true }) @ArrayMaxSize(50)
  participants!: ParticipantInput[];
}

@InputType()
export class UpdateEngagementInput {
  @Field(() => String, { nullable: true })
  @IsOptional() @Length(1, 500)
  cadence?: string;

  @Field(() => String, { nullable: true })
  @IsOptional() @Length(0, 5000)
  objectives?: string;

  @Field(() => [ParticipantInput], { nullable: true })
  @IsOptional() @ValidateNested({ each: true }) @ArrayMaxSize(50)
  participants?: ParticipantInput[];
}

@InputType()
export class EngagementFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional() @IsUUID()
  clientId?: string | null;

  @Field(() => EngagementLevel, { nullable: true })
  @IsOptional() @IsEnum(EngagementLevel)
  level?: EngagementLevel | null;

  @Field(() => Boolean, { defaultValue: false })
  includeArchived!: boolean;
}
