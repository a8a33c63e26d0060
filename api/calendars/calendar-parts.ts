import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsInt, Length, Matches, Max, Min, ValidateNested } from 'class-validator';

const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const LOCAL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A working interval of one weekday, local wall-clock time, half-open [start, end). */
@ObjectType()
export class WorkingInterval {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday ... 7 = Sunday.' })
  weekday!: number;
  @Field(() => String, { description: 'HH:MM, local time.' })
  start!: string;
  @Field(() => String, { description: 'HH:MM, local time; 24:00 is the end of the day.' })
  end!: string;
}

@InputType()
export class WorkingIntervalInput {
  @Field(() => Int)
  @IsInt() @Min(1) @Max(7)
  weekday!: number;
  @Field(() => String)
  @Matches(LOCAL_TIME, { message: 'start must be a local time HH:MM' })
  start!: string;
  @Field(() => String)
  @Matches(LOCAL_TIME, { message: 'end must be a local time HH:MM (24:00 allowed)' })
  end!: string;
}

@ObjectType()
export class TimeRange {
  @Field(() => String)
  start!: string;
  @Field(() => String)
  end!: string;
}

@InputType()
export class TimeRangeInput {
  @Field(() => String)
  @Matches(LOCAL_TIME, { message: 'start must be a local time HH:MM' })
  start!: string;
  @Field(() => String)
  @Matches(LOCAL_TIME, { message: 'end must be a local time HH:MM (24:00 allowed)' })
  end!: string;
}

/** A day off, on a local date; `yearly` repeats it on the same month and day every year. */
@ObjectType()
export class Holiday {
  @Field(() => String, { description: 'YYYY-MM-DD, local date.' })
  date!: string;
  @Field(() => String)
  name!: string;
  @Field(() => Boolean)
  yearly!: boolean;
}

@InputType()
export class HolidayInput {
  @Field(() => String)
  @Matches(LOCAL_DATE, { message: 'date must be a local date YYYY-MM-DD' })
  date!: string;
  @Field(() => String)
  @Length(1, 200)
  name!: string;
  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  yearly!: boolean;
}

/** A date whose hours differ from the week: it replaces that date's intervals and beats a holiday. */
@ObjectType()
export class DateException {
  @Field(() => String)
  date!: string;
  @Field(() => [TimeRange], { description: 'Working time that day; empty closes the day.' })
  intervals!: TimeRange[];
}

@InputType()
export class DateExceptionInput {
  @Field(() => String)
  @Matches(LOCAL_DATE, { message: 'date must be a local date YYYY-MM-DD' })
  date!: string;
  @Field(() => [TimeRangeInput])
  @ValidateNested({ each: true }) @ArrayMaxSize(12)
  intervals!: TimeRangeInput[];
}
