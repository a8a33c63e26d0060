import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, IsUUID, Length } from 'class-validator';

@InputType()
export class CreateCriticalSuccessFactorInput {
  @Field(() => ID)
  @IsUUID()
  clientId!: string;

  @Field(() => String, { description: 'e.g. "Improve the capability of our Tier 1 help desk".' })
  @Length(1, 300)
  title!: string;

  @Field(() => String, { defaultValue: '' })
  @Length(0, 5000)
  description!: string;
}

@InputType()
export class UpdateCriticalSuccessFactorInput {
  @Field(() => String, { nullable: true })
  @IsOptional() @Length(1, 300)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional() @Length(0, 5000)
  description?: string;
}

@InputType()
export class CriticalSuccessFactorFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional() @IsUUID()
  clientId?: string | null;

  @Field(() => Boolean, { defaultValue: false })
  includeArchived!: boolean;
}
