import { registerEnumType } from 'type-graphql';

export enum StatusCategory {
  NEW = 'NEW',
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  WAITING_CUSTOMER = 'WAITING_CUSTOMER',
  WAITING_THIRD_PARTY = 'WAITING_THIRD_PARTY',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
  UNMAPPED = 'UNMAPPED',
}

registerEnumType(StatusCategory, { name: 'StatusCategory', description: 'Normalized status. UNMAPPED behaves as OPEN and is reported as a mapping problem.' });
