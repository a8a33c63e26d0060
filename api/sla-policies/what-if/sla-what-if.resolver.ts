import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { SlaWhatIfArgs } from './sla-what-if.args.js';
import { SlaWhatIf } from './sla-what-if.types.js';
import { SlaWhatIfService } from './sla-what-if.service.js';

@Resolver(() => SlaWhatIf)
export class SlaWhatIfResolver {
  @Query(() => SlaWhatIf, {
    description: "Attainment over a client's tickets created in a period under proposed SLA targets, beside the actual attainment: "
      + 'both replayed by the real SLA clocks, counted as the attainment KPIs count. For deciding SLA changes in a business review.',
  })
  slaWhatIf(@Args(() => SlaWhatIfArgs) args: SlaWhatIfArgs, @Ctx() ctx: Context) {
    return new SlaWhatIfService(ctx).compute(args);
  }
}
