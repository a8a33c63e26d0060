import { registerEnumType } from 'type-graphql';

export enum SyncRunStatus {
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(SyncRunStatus, { name: 'SyncRunStatus', description: 'State of one sync run.' });
