import { Field, Float, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsNumber, IsOptional, IsUUID, Length, Matches, Min, ValidateNested } from 'class-validator';
import { IsEnum } from 'class-validator';
import { KpiKey } from '../../kpi-definitions/kpi-key.js';
import { KpiStatistic } from '../../kpi-definitions/kpi-statistic.js';
import { SlaPolicyVersionInput } from '../../sla-policies/sla-policy.inputs.js';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: "New SLA targets for the client's own policy from a date (a new policy version)." })
export class SlaTargetsChangeInput {
  @Field(() => ID, { description: "The client's own SLA policy." })
  @IsUUID()
  policyId!: string;

  @Field(() => SlaPolicyVersionInput)
  @ValidateNested()
  terms!: SlaPolicyVersionInput;
}

@InputType({ description: 'Without csfId: a new CSF. With csfId: retire it (retire: true) or replace it with revised title or description.' })
export class CsfChangeInput {
  @Field(() => ID, { nullable: true })
  @IsOptional() @IsUUID()
  csfId?: string | null;

  @Field(() => String, { nullable: true, description: 'Required for a new CSF.' })
  @IsOptional() @Length(1, 300)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional() @Length(0, 5000)
  description?: string | null;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  retire!: boolean;

  @Field(() => String, { description: 'YYYY-MM-DD, not before the end of the reviewed period.' })
  @Matches(LOCAL_DATE, { message: 'effectiveFrom must be a local date YYYY-MM-DD' })
  effectiveFrom!: string;
}

@InputType({ description: 'Without kpiDefinitionId: a new KPI (key and target required). With it: its next version from a date.' })
export class KpiDefinitionChangeInput {
  @Field(() => ID, { nullable: true })
  @IsOptional() @IsUUID()
  kpiDefinitionId?: string | null;

  @Field(() => KpiKey, { nullable: true })
  @IsOptional() @IsEnum(KpiKey)
  key?: KpiKey | null;

  @Field(() => KpiStatistic, { nullable: true })
  @IsOptional() @IsEnum(KpiStatistic)
  statistic?: KpiStatistic | null;

  @Field(() => ID, { nullable: true, description: 'The CSF it measures.' })
  @IsOptional() @IsUUID()
  csfId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional() @Length(1, 200)
  name?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false })
  target?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0)
  tolerance?: number | null;

  @Field(() => String, { description: 'YYYY-MM-DD, not before the end of the reviewed period.' })
  @Matches(LOCAL_DATE, { message: 'effectiveFrom must be a local date YYYY-MM-DD' })
  effectiveFrom!: string;
}

@InputType({ description: 'What a semi-annual or annual review changes, each from its effective date; applied in this order, all or nothing.' })
export class ReviewChangesInput {
  @Field(() => [SlaTargetsChangeInput], { defaultValue: [] })
  @ValidateNested({ each: true }) @ArrayMaxSize(10)
  slaTargets!: SlaTargetsChangeInput[];

  @Field(() => [CsfChangeInput], { defaultValue: [] })
  @ValidateNested({ each: true }) @ArrayMaxSize(50)
  criticalSuccessFactors!: CsfChangeInput[];

  @Field(() => [KpiDefinitionChangeInput], { defaultValue: [] })
  @ValidateNested({ each: true }) @ArrayMaxSize(50)
  kpiDefinitions!: KpiDefinitionChangeInput[];
}
