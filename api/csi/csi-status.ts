import { registerEnumType } from 'type-graphql';

export enum CsiStatus {
  PROPOSED = 'PROPOSED',
  APPROVED = 'APPROVED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  REJECTED = 'REJECTED',
}

registerEnumType(CsiStatus, { name: 'CsiStatus', description: 'Lifecycle of a continual service improvement item.' });
