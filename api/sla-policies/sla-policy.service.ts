import { VersionedDefinitionService } from '../domain/versioned-definition-service.js';
import { Client } from '../clients/client.entity.js';
import { SlaPolicy } from './sla-policy.entity.js';
import { SlaPolicyVersion } from './sla-policy-version.entity.js';
import { DEFAULT_PAUSING } from './sla-parts.js';
import { assertSlaTargets } from './assert-sla-targets.js';
import type { CreateSlaPolicyInput, SlaPolicyVersionInput } from './sla-policy.inputs.js';

/** Responsible for SLA policies and their effective-dated targets (changed e.g. in annual reviews). */
export class SlaPolicyService extends VersionedDefinitionService<SlaPolicy, SlaPolicyVersion, SlaPolicyVersionInput, CreateSlaPolicyInput> {
  protected readonly entity = SlaPolicy;
  protected readonly versionEntity = SlaPolicyVersion;
  protected readonly parentField = 'policyId';
  protected readonly label = 'SLA policy';

  protected termsOf(input: CreateSlaPolicyInput): SlaPolicyVersionInput {
    return input.terms;
  }

  protected async affectedClients(policyId: string): Promise<string[]> {
    const clients = await this.ctx.em.find(Client, { $and: [this.ctx.store.scope(Client), { slaPolicyId: policyId }] }, { fields: ['id'] });
    return clients.map((c) => c.id);
  }

  protected versionData(terms: SlaPolicyVersionInput): Partial<SlaPolicyVersion> {
    assertSlaTargets('targets', terms.targets);
    return {
      businessCalendarId: terms.businessCalendarId ?? null,
      targets: terms.targets.map((t) => ({ ...t })),
      pausingStatuses: terms.pausingStatuses
        ? { firstResponse: [...terms.pausingStatuses.firstResponse], resolution: [...terms.pausingStatuses.resolution] }
        : DEFAULT_PAUSING,
    };
  }
}
