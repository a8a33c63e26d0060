import { registerEnumType } from 'type-graphql';

export enum ParticipantRole {
  SERVICE_DELIVERY_MANAGER = 'SERVICE_DELIVERY_MANAGER',
  SERVICE_DELIVERY_EXECUTIVE = 'SERVICE_DELIVERY_EXECUTIVE',
  TEAM_LEAD = 'TEAM_LEAD',
  TECHNICIAN = 'TECHNICIAN',
  CLIENT_EXECUTIVE = 'CLIENT_EXECUTIVE',
  CLIENT_IT_MANAGER = 'CLIENT_IT_MANAGER',
  CLIENT_CONTACT = 'CLIENT_CONTACT',
}

registerEnumType(ParticipantRole, { name: 'ParticipantRole', description: 'The part a person plays in an engagement.' });
