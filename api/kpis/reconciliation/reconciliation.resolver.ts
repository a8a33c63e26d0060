import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { LocalPeriodInput } from '../graphql/kpi.inputs.js';
import { SlaReconciliation } from './reconciliation.types.js';
import { ReconciliationService } from './reconciliation.service.js';

@Resolver()
export class ReconciliationResolver {
  @Query(() => [SlaReconciliation], {
    description: "Our SLA outcomes against the vendor-reported ones (where the vendor reports one) for a client's tickets created in a period.",
  })
  slaReconciliation(
    @Arg('clientId', () => ID) clientId: string,
    @Arg('period', () => LocalPeriodInput) period: LocalPeriodInput,
    @Ctx() ctx: Context,
  ) {
    return new ReconciliationService(ctx).reconcile(clientId, period.from, period.to);
  }
}
