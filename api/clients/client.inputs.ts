import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsInt, IsOptional, IsTimeZone, IsUUID, Length, Min, ValidateNested } from 'class-validator';
import { ExternalRefInput } from './external-ref.js';

/** The optional facts of a client, the same when creating and when updating one. */
@InputType()
abstract class ClientDetails {
  @Field(() => Int, { nullable: true })
  @IsOptional() @IsInt() @Min(0)
  endpointCount?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional() @IsInt() @Min(0)
  userCount?: number | null;

  @Field(() => ID, { nullable: true })
  @IsOptional() @IsUUID()
  businessCalendarId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional() @IsUUID()
  slaPolicyId?: string | null;

  @Field(() => [ExternalRefInput], { nullable: true })
  @IsOptional() @ValidateNested({ each: true }) @ArrayMaxSize(20)
  externalRefs?: ExternalRefInput[] | null;
}

@InputType()
export class CreateClientInput extends ClientDetails {
  @Field(() => String)
  @Length(1, 200)
  name!: string;

  @Field(() => String, { description: 'IANA time zone, e.g. Europe/Helsinki.' })
  @IsTimeZone({ message: 'timeZone must be an IANA time zone such as Europe/Helsinki' })
  timeZone!: string;
}

@InputType()
export class UpdateClientInput extends ClientDetails {
  @Field(() => String, { nullable: true })
  @IsOptional() @Length(1, 200)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional() @IsTimeZone({ message: 'timeZone must be an IANA time zone such as Europe/Helsinki' })
  timeZone?: string;
}

@InputType()
export class ClientFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name.' })
  @IsOptional() @Length(1, 200)
  search?: string | null;

  @Field(() => Boolean, { defaultValue: false })
  includeArchived!: boolean;
}
