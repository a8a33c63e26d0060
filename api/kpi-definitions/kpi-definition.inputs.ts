import { Field, Float, ID, InputType } from 'type-graphql';
import { IsEnum, IsNumber, IsOptional, IsUUID, Length, Matches, Min } from 'class-validator';
import { KpiDirection } from './kpi-direction.js';
import { KpiKey } from './kpi-key.js';
import { KpiStatistic } from './kpi-statistic.js';

@InputType()
export class CreateKpiDefinitionInput {
  @Field(() => ID)
  @IsUUID()
  clientId!: string;

  @Field(() => ID, { nullable: true, description: 'The critical success factor this KPI measures.' })
  @IsOptional() @IsUUID()
  csfId?: string | null;

  @Field(() => KpiKey)
  @IsEnum(KpiKey)
  key!: KpiKey;

  @Field(() => KpiStatistic, { nullable: true, description: "Default: the catalogue's first statistic for the key." })
  @IsOptional() @IsEnum(KpiStatistic)
  statistic?: KpiStatistic | null;

  @Field(() => String, { nullable: true, description: "Default: the catalogue's label." })
  @IsOptional() @Length(1, 200)
  name?: string | null;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  target!: number;

  @Field(() => Float, { defaultValue: 0 })
  @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0)
  tolerance!: number;

  @Field(() => KpiDirection, { nullable: true, description: "Default: the catalogue's direction for the key." })
  @IsOptional() @IsEnum(KpiDirection)
  direction?: KpiDirection | null;

  @Field(() => String, { description: 'YYYY-MM-DD from which this definition applies.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'effectiveFrom must be a local date YYYY-MM-DD' })
  effectiveFrom!: string;
}

@InputType()
export class UpdateKpiDefinitionInput {
  @Field(() => ID, { nullable: true })
  @IsOptional() @IsUUID()
  csfId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional() @Length(1, 200)
  name?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false })
  target?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0)
  tolerance?: number;
}

@InputType()
export class KpiDefinitionFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional() @IsUUID()
  clientId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional() @IsUUID()
  csfId?: string | null;

  @Field(() => KpiKey, { nullable: true })
  @IsOptional() @IsEnum(KpiKey)
  key?: KpiKey | null;

  @Field(() => Boolean, { defaultValue: false })
  includeArchived!: boolean;
}
