import { Field, InputType, ObjectType } from 'type-graphql';
import { IsEmail, IsEnum, IsOptional, Length } from 'class-validator';
import { ParticipantRole } from './participant-role.js';

@ObjectType()
export class Participant {
  @Field(() => String)
  name!: string;
  @Field(() => String, { nullable: true })
  email?: string | null;
  @Field(() => ParticipantRole)
  role!: ParticipantRole;
}

@InputType()
export class ParticipantInput {
  @Field(() => String)
  @Length(1, 200)
  name!: string;
  @Field(() => String, { nullable: true })
  @IsOptional() @IsEmail()
  email?: string | null;
  @Field(() => ParticipantRole)
  @IsEnum(ParticipantRole)
  role!: ParticipantRole;
}
