import { ClientOwnedService } from '../domain/client-owned-service.js';
import type { Sort } from '../domain/tenant-store.js';
import { CriticalSuccessFactor } from './critical-success-factor.entity.js';
import type {
  CreateCriticalSuccessFactorInput, CriticalSuccessFactorFilter, UpdateCriticalSuccessFactorInput,
} from './critical-success-factor.inputs.js';

/** Responsible for a client's critical success factors. */
export class CriticalSuccessFactorService extends ClientOwnedService<CriticalSuccessFactor, CriticalSuccessFactorFilter> {
  protected readonly entity = CriticalSuccessFactor;
  protected readonly label = 'critical success factor';
  protected readonly sort: Sort<CriticalSuccessFactor> = { field: 'createdAt', direction: 'asc' };

  protected where() {
    return {};
  }

  create(input: CreateCriticalSuccessFactorInput) {
    return this.insert({ ...input });
  }

  update(id: string, input: UpdateCriticalSuccessFactorInput) {
    return this.patch(id, { ...input });
  }
}
