import { Field, InputType, ObjectType } from 'type-graphql';
import { Length } from 'class-validator';

/** The client's identity in one source system (e.g. its ConnectWise company id). */
@ObjectType()
export class ExternalRef {
  @Field(() => String, { description: 'Source system, e.g. connectwise, autotask, jsm, servicenow.' })
  system!: string;

  @Field(() => String)
  externalId!: string;
}

@InputType()
export class ExternalRefInput {
  @Field(() => String)
  @Length(1, 64)
  system!: string;

  @Field(() => String)
  @Length(1, 200)
  externalId!: string;
}
