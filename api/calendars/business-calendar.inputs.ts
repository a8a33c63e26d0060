import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, IsTimeZone, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { DateExceptionInput, HolidayInput, WorkingIntervalInput } from './calendar-parts.js';

@InputType({ description: 'The hours of a calendar from a local date on.' })
export class BusinessCalendarVersionInput {
  @Field(() => String, { description: 'YYYY-MM-DD, local date from which these hours apply.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'effectiveFrom must be a local date YYYY-MM-DD' })
  effectiveFrom!: string;

  @Field(() => String)
  @IsTimeZone({ message: 'timeZone must be an IANA time zone such as Europe/Helsinki' })
  timeZone!: string;

  @Field(() => [WorkingIntervalInput])
  @ValidateNested({ each: true }) @ArrayMaxSize(70)
  weeklyIntervals!: WorkingIntervalInput[];

  @Field(() => [HolidayInput], { defaultValue: [] })
  @ValidateNested({ each: true }) @ArrayMaxSize(500)
  holidays!: HolidayInput[];

  @Field(() => [DateExceptionInput], { defaultValue: [] })
  @ValidateNested({ each: true }) @ArrayMaxSize(500)
  exceptions!: DateExceptionInput[];
}

@InputType()
export class CreateBusinessCalendarInput {
  @Field(() => String)
  @Length(1, 200)
  name!: string;

  @Field(() => ID, { nullable: true, description: 'Owning client; omit for a calendar shared by all clients.' })
  @IsOptional() @IsUUID()
  clientId?: string | null;

  @Field(() => BusinessCalendarVersionInput)
  @ValidateNested()
  hours!: BusinessCalendarVersionInput;
}

@InputType()
export class UpdateBusinessCalendarInput {
  @Field(() => String, { nullable: true })
  @IsOptional() @Length(1, 200)
  name?: string;
}

@InputType()
export class CalendarFilter {
  @Field(() => ID, { nullable: true, description: "A client's own calendars and the shared ones." })
  @IsOptional() @IsUUID()
  clientId?: string | null;

  @Field(() => Boolean, { defaultValue: false })
  includeArchived!: boolean;
}
