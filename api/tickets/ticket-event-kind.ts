import { registerEnumType } from 'type-graphql';

export enum TicketEventKind {
  STATUS_CHANGED = 'STATUS_CHANGED',
  TIER_CHANGED = 'TIER_CHANGED',
  PRIORITY_CHANGED = 'PRIORITY_CHANGED',
  ASSIGNEE_CHANGED = 'ASSIGNEE_CHANGED',
  AGENT_PUBLIC_REPLY = 'AGENT_PUBLIC_REPLY',
  CUSTOMER_REPLY = 'CUSTOMER_REPLY',
}

registerEnumType(TicketEventKind, { name: 'TicketEventKind', description: 'What a ticket event records.' });
