import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { EngagementLevel } from './engagement-level.js';
import { ParticipantInput } from './participant.js';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

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

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD in the client's zone; default: tomorrow. A past date schedules past occurrences too." })
  @IsOptional() @Matches(LOCAL_DATE, { message: 'startsOn must be a local date YYYY-MM-DD' })
  startsOn?: string | null;

  @Field(() => String, { nullable: true, description: "HH:mm in the client's zone; default 10:00." })
  @IsOptional() @Matches(LOCAL_TIME, { message: 'meetingTime must be a local time HH:mm' })
  meetingTime?: string | null;

  @Field(() => Int, { nullable: true, description: 'Days ahead to schedule, 1..731; default 92.' })
  @IsOptional() @IsInt() @Min(1) @Max(731)
  horizonDays?: number | null;
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

  @Field(() => String, { nullable: true, description: 'Changing the cadence, start, time or horizon replaces future PLANNED occurrences only.' })
  @IsOptional() @Matches(LOCAL_DATE, { message: 'startsOn must be a local date YYYY-MM-DD' })
  startsOn?: string;

  @Field(() => String, { nullable: true })
  @IsOptional() @Matches(LOCAL_TIME, { message: 'meetingTime must be a local time HH:mm' })
  meetingTime?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional() @IsInt() @Min(1) @Max(731)
  horizonDays?: number;
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
