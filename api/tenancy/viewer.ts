import { ForbiddenError } from '../graphql/errors.js';
import { Role } from './role.js';

/** Who is asking: the authenticated token's tenant, role and (for client viewers) client. */
export class Viewer {
  constructor(
    readonly tenantId: string,
    readonly role: Role,
    readonly clientId: string | null,
    readonly tokenId: string,
  ) {}

  get isClientViewer(): boolean {
    return this.role === Role.CLIENT_VIEWER;
  }

  /** Writing review data: the MSP's admins and service delivery managers. */
  assertCanWrite(): void {
    if (this.role !== Role.MSP_ADMIN && this.role !== Role.SERVICE_DELIVERY_MANAGER) {
      throw new ForbiddenError(`a ${this.role} token is read-only`);
    }
  }

  /** Tenant administration: users, tokens, connectors. */
  assertAdmin(): void {
    if (this.role !== Role.MSP_ADMIN) throw new ForbiddenError(`this needs an MSP_ADMIN token, not ${this.role}`);
  }

  /** Reading tenant-wide data that no single client owns (tokens, connectors, sync runs). */
  assertNotClientViewer(): void {
    if (this.isClientViewer) throw new ForbiddenError('a CLIENT_VIEWER token sees its own client only');
  }
}
