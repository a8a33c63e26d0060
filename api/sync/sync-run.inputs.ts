import { Field, ID, InputType } from 'type-graphql';
import { IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { TimeWindow } from '../graphql/time-window.js';
import { SyncRunStatus } from './sync-run-status.js';

@InputType()
export class SyncRunFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional() @IsUUID()
  connectorInstanceId?: string | null;

  @Field(() => [SyncRunStatus], { nullable: true })
  @IsOptional() @IsEnum(SyncRunStatus, { each: true })
  status?: SyncRunStatus[] | null;

  @Field(() => TimeWindow, { nullable: true, description: 'Runs started in this window.' })
  @IsOptional() @ValidateNested()
  started?: TimeWindow | null;
}
