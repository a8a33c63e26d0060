import { Field, ObjectType } from 'type-graphql';

@ObjectType('LocalPeriod', { description: "A half-open period of local dates [from, to) in the client's time zone." })
export class LocalPeriodType {
  @Field(() => String, { description: 'YYYY-MM-DD, inclusive.' })
  from!: string;
  @Field(() => String, { description: 'YYYY-MM-DD, exclusive.' })
  to!: string;
}
