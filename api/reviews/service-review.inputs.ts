import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsDate, IsEnum, IsOptional, IsUUID, Length, ValidateNested } from 'class-validator';
import { TimeWindow } from '../graphql/time-window.js';
import { EngagementLevel } from '../engagements/engagement-level.js';
import { ParticipantInput } from '../engagements/participant.js';
import { ReviewStatus } from './review-status.js';

@InputType()
export class CreateServiceReviewInput {
  @Field(() => ID, { description: 'The engagement this review is an occurrence of.' })
  @IsUUID()
  engagementId!: string;

  @Field(() => Date, { description: 'Start of the reviewed period (inclusive).' })
  @IsDate()
  periodStart!: Date;

  @Field(() => Date, { description: 'End of the reviewed period (exclusive).' })
  @IsDate()
  periodEnd!: Date;

  @Field(() => Date, { description: 'Not before periodEnd: a review looks back at a finished period.' })
  @IsDate()
  scheduledAt!: Date;

  @Field(() => String, { defaultValue: '' })
  @Length(0, 20000)
  notes!: string;

  @Field(() => [String], { nullable: true, description: "Default: the level's agenda." })
  @IsOptional() @ArrayMaxSize(50) @Length(1, 500, { each: true })
  agenda?: string[] | null;
}

@InputType()
export class UpdateServiceReviewInput {
  @Field(() => Date, { nullable: true, description: 'Frozen once the review is prepared.' })
  @IsOptional() @IsDate()
  periodStart?: Date;

  @Field(() => Date, { nullable: true, description: 'Frozen once the review is prepared.' })
  @IsOptional() @IsDate()
  periodEnd?: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional() @IsDate()
  scheduledAt?: Date;

  @Field(() => ReviewStatus, {
    nullable: true,
    description: 'PLANNED -> PREPARED -> HELD -> CLOSED, or CANCELLED; the same steps as prepareServiceReview, holdServiceReview, closeServiceReview, cancelServiceReview.',
  })
  @IsOptional() @IsEnum(ReviewStatus)
  status?: ReviewStatus;

  @Field(() => String, { nullable: true })
  @IsOptional() @Length(0, 20000)
  notes?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional() @ArrayMaxSize(50) @Length(1, 500, { each: true })
  agenda?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional() @ArrayMaxSize(100) @Length(1, 2000, { each: true })
  findings?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional() @ArrayMaxSize(100) @Length(1, 2000, { each: true })
  decisions?: string[];

  @Field(() => [ParticipantInput], { nullable: true })
  @IsOptional() @ValidateNested({ each: true }) @ArrayMaxSize(100)
  attendees?: ParticipantInput[];
}

@InputType()
export class ServiceReviewFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional() @IsUUID()
  clientId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional() @IsUUID()
  engagementId?: string | null;

  @Field(() => [ReviewStatus], { nullable: true })
  @IsOptional() @IsEnum(ReviewStatus, { each: true })
  status?: ReviewStatus[] | null;

  @Field(() => EngagementLevel, { nullable: true })
  @IsOptional() @IsEnum(EngagementLevel)
  level?: EngagementLevel | null;

  @Field(() => TimeWindow, { nullable: true, description: 'Reviews scheduled in this window.' })
  @IsOptional() @ValidateNested()
  scheduled?: TimeWindow | null;

  @Field(() => Boolean, { defaultValue: false })
  includeArchived!: boolean;
}
