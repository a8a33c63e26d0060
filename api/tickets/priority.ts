import { registerEnumType } from 'type-graphql';

export enum Priority {
  P1 = 'P1',
  P2 = 'P2',
  P3 = 'P3',
  P4 = 'P4',
  NONE = 'NONE',
}

registerEnumType(Priority, { name: 'Priority', description: 'Normalized priority, P1 highest; NONE has no SLA target.' });
