import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Client } from '../../clients/client.entity.js';
import type { Context } from '../../graphql/context.js';
import { KpiSeriesArgs, KpisArgs } from './kpi.inputs.js';
import { KpiSeries } from './kpi-series.types.js';
import { clientSeries, KpiService } from './kpi.service.js';

@Resolver(() => Client)
export class KpiResolver {
  @Query(() => [KpiSeries], {
    description: 'The KPI catalogue over a set of clients measured together, bucketed in each client\'s time zone, '
      + 'with numerators, denominators, comparisons with the previous bucket and a year earlier, and (for one client) '
      + 'status against its KPI definitions. docs/kpis.md says what each number means.',
  })
  kpis(@Args(() => KpisArgs) args: KpisArgs, @Ctx() ctx: Context) {
    return new KpiService(ctx).series(args.clientIds, args);
  }

  @FieldResolver(() => [KpiSeries], { name: 'kpis', description: "This client's own KPI series (batched across a page of clients; no breakdown)." })
  clientKpis(@Root() client: Client, @Args(() => KpiSeriesArgs) args: KpiSeriesArgs, @Ctx() ctx: Context) {
    return clientSeries(ctx, client.id, args);
  }
}
