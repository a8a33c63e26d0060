import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, IsUUID, Matches, ValidateNested } from 'class-validator';
import { KpiKey } from '../../kpi-definitions/kpi-key.js';
import { GranularityEnum, KpiBreakdownEnum } from './kpi-enums.js';

@InputType({ description: "A half-open period of local dates [from, to), read in each client's time zone." })
export class LocalPeriodInput {
  @Field(() => String, { description: 'YYYY-MM-DD, inclusive.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'from must be a local date YYYY-MM-DD' })
  from!: string;
  @Field(() => String, { description: 'YYYY-MM-DD, exclusive.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'to must be a local date YYYY-MM-DD' })
  to!: string;
}

@ArgsType()
export class KpiSeriesArgs {
  @Field(() => LocalPeriodInput)
  @ValidateNested()
  period!: LocalPeriodInput;

  @Field(() => GranularityEnum, { defaultValue: GranularityEnum.MONTH })
  @IsEnum(GranularityEnum)
  granularity!: GranularityEnum;

  @Field(() => [KpiKey], { nullable: true, description: 'Catalogue keys; all when omitted.' })
  @IsOptional() @IsEnum(KpiKey, { each: true })
  keys?: KpiKey[] | null;

  @Field(() => KpiBreakdownEnum, { nullable: true })
  @IsOptional() @IsEnum(KpiBreakdownEnum)
  breakdown?: KpiBreakdownEnum | null;
}

@ArgsType()
export class KpisArgs extends KpiSeriesArgs {
  @Field(() => [ID], { description: 'The clients whose tickets are measured together.' })
  @IsUUID('all', { each: true }) @ArrayMinSize(1) @ArrayMaxSize(500)
  clientIds!: string[];
}
