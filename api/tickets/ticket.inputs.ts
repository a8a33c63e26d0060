import { Field, ID, InputType } from 'type-graphql';
import { IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { TimeWindow } from '../graphql/time-window.js';
import { Priority } from './priority.js';
import { StatusCategory } from './status-category.js';
import { TicketType } from './ticket-type.js';

@InputType()
export class TicketFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional() @IsUUID()
  clientId?: string | null;

  @Field(() => TimeWindow, { nullable: true, description: 'Tickets created in this window.' })
  @IsOptional() @ValidateNested()
  created?: TimeWindow | null;

  @Field(() => [StatusCategory], { nullable: true })
  @IsOptional() @IsEnum(StatusCategory, { each: true })
  status?: StatusCategory[] | null;

  @Field(() => [TicketType], { nullable: true })
  @IsOptional() @IsEnum(TicketType, { each: true })
  type?: TicketType[] | null;

  @Field(() => [Priority], { nullable: true })
  @IsOptional() @IsEnum(Priority, { each: true })
  priority?: Priority[] | null;
}
