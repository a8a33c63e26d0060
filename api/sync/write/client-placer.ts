import type { EntityManager } from '@mikro-orm/postgresql';
import { rawSql } from '../../db/raw-sql.js';

/**
 * Decides which Quarterdeck client a vendor company's tickets belong to: the instance's company
 * mapping first, then a client whose external references name that company in this source system.
 * A company neither covers stays unplaced (client null) and is reported, never guessed.
 */
export class ClientPlacer {
  readonly unplaced = new Map<string, string>();

  private constructor(private readonly byCompany: ReadonlyMap<string, string>) {}

  static async load(em: EntityManager, tenantId: string, sourceSystem: string, companyMapping: Record<string, string>): Promise<ClientPlacer> {
    const refs = await rawSql<{ id: string; external_id: string }>(em,
      `select c.id, ref->>'externalId' as external_id from client c, jsonb_array_elements(c.external_refs) ref
        where c.tenant_id = ? and c.archived_at is null and ref->>'system' = ?`,
      [tenantId, sourceSystem]);
    const byCompany = new Map(refs.map((row) => [row.external_id, row.id]));
    for (const [company, clientId] of Object.entries(companyMapping)) byCompany.set(company, clientId);
    return new ClientPlacer(byCompany);
  }

  place(companyRef: string | null, companyName: string | null): string | null {
    if (companyRef === null) return null;
    const clientId = this.byCompany.get(companyRef) ?? null;
    if (clientId === null) this.unplaced.set(companyRef, companyName ?? companyRef);
    return clientId;
  }
}
