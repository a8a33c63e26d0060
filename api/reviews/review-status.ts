import { registerEnumType } from 'type-graphql';

export enum ReviewStatus {
  PLANNED = 'PLANNED',
  PREPARED = 'PREPARED',
  HELD = 'HELD',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(ReviewStatus, { name: 'ReviewStatus', description: 'Lifecycle of a service review: PLANNED -> PREPARED -> HELD -> CLOSED, or CANCELLED.' });
