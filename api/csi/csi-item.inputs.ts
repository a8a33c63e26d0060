import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { CsiStatus } from './csi-status.js';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class CreateCsiItemInput {
  @Field(() => ID)
  @IsUUID()
  clientId!: string;

  @Field(() => ID, { nullable: true, description: 'The review it is proposed in.' })
  @IsOptional() @IsUUID()
  reviewId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The critical success factor it serves.' })
  @IsOptional() @IsUUID()
  csfId?: string | null;

  @Field(() => String)
  @Length(1, 300)
  title!: string;

  @Field(() => String, { defaultValue: '' })
  @Length(0, 10000)
  rationale!: string;

  @Field(() => String, { defaultValue: '' })
  @Length(0, 200)
  owner!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  @IsOptional() @Matches(LOCAL_DATE, { message: 'dueDate must be a local date YYYY-MM-DD' })
  dueDate?: string | null;

  @Field(() => [ID], { defaultValue: [], description: 'KPI definitions whose change measures the item.' })
  @IsUUID('all', { each: true }) @ArrayMaxSize(20)
  targetKpiIds!: string[];
}

@InputType()
export class UpdateCsiItemInput {
  @Field(() => String, { nullable: true })
  @IsOptional() @Length(1, 300)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional() @Length(0, 10000)
  rationale?: string;

  @Field(() => String, { nullable: true })
  @IsOptional() @Length(0, 200)
  owner?: string;

  @Field(() => String, { nullable: true })
  @IsOptional() @Matches(LOCAL_DATE, { message: 'dueDate must be a local date YYYY-MM-DD' })
  dueDate?: string | null;

  @Field(() => CsiStatus, { nullable: true })
  @IsOptional() @IsEnum(CsiStatus)
  status?: CsiStatus;

  @Field(() => ID, { nullable: true })
  @IsOptional() @IsUUID()
  csfId?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional() @IsUUID('all', { each: true }) @ArrayMaxSize(20)
  targetKpiIds?: string[];
}

@InputType()
export class CsiItemFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional() @IsUUID()
  clientId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional() @IsUUID()
  reviewId?: string | null;

  @Field(() => [CsiStatus], { nullable: true })
  @IsOptional() @IsEnum(CsiStatus, { each: true })
  status?: CsiStatus[] | null;

  @Field(() => Boolean, { defaultValue: false })
  includeArchived!: boolean;
}
