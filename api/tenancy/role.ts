import { registerEnumType } from 'type-graphql';

export enum Role {
  MSP_ADMIN = 'MSP_ADMIN',
  SERVICE_DELIVERY_MANAGER = 'SERVICE_DELIVERY_MANAGER',
  /** Reads one client's data only; bound to that client. */
  CLIENT_VIEWER = 'CLIENT_VIEWER',
  /** Reads everything of its tenant, writes nothing (BI tools). */
  BI_READER = 'BI_READER',
}

registerEnumType(Role, { name: 'Role', description: 'What an API token may do.' });

export function parseRole(value: string): Role {
  if ((Object.values(Role) as string[]).includes(value)) return value as Role;
  throw new Error(`role must be one of ${Object.values(Role).join(', ')}, got "${value}"`);
}
