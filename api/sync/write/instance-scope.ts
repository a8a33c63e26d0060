/** The rows one connector instance owns: the key every write of the sync path is scoped by. */
export interface InstanceScope {
  tenantId: string;
  instanceId: string;
  /** The connector id, stored as the ticket's `source_system`. */
  sourceSystem: string;
}
