import { registerEnumType } from 'type-graphql';

export enum TicketType {
  INCIDENT = 'INCIDENT',
  SERVICE_REQUEST = 'SERVICE_REQUEST',
  PROBLEM = 'PROBLEM',
  CHANGE = 'CHANGE',
  OTHER = 'OTHER',
}

registerEnumType(TicketType, { name: 'TicketType', description: 'Normalized ticket type; the source value is kept raw beside it.' });
