import { Field, InputType } from 'type-graphql';
import { ArrayMaxSize, IsDate, IsOptional, Length, ValidateNested } from 'class-validator';
import { ParticipantInput } from '../../engagements/participant.js';

/** What is recorded when a review's meeting has taken place. */
@InputType()
export class HoldServiceReviewInput {
  @Field(() => Date, { nullable: true, description: 'When the meeting took place; default now. Not before the period ended, not in the future.' })
  @IsOptional() @IsDate()
  heldAt?: Date | null;

  @Field(() => [ParticipantInput], { nullable: true, description: "Who attended; default: the engagement's participants." })
  @IsOptional() @ValidateNested({ each: true }) @ArrayMaxSize(100)
  attendees?: ParticipantInput[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional() @Length(0, 20000)
  notes?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional() @ArrayMaxSize(100) @Length(1, 2000, { each: true })
  findings?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional() @ArrayMaxSize(100) @Length(1, 2000, { each: true })
  decisions?: string[] | null;
}
