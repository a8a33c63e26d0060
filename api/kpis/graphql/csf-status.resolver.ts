import { Args, ArgsType, Ctx, Field, FieldResolver, Float, ObjectType, Resolver, Root } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import type { Context } from '../../graphql/context.js';
import { CriticalSuccessFactor } from '../../csfs/critical-success-factor.entity.js';
import { KpiDefinition } from '../../kpi-definitions/kpi-definition.entity.js';
import { csfStatus } from '../status/csf-status.js';
import { kpiStatus } from '../status/kpi-status.js';
import { KpiStatusEnum } from './kpi-enums.js';
import { LocalPeriodInput } from './kpi.inputs.js';
import { clientSeries, figureOf } from './kpi.service.js';
import { GranularityEnum } from './kpi-enums.js';

@ArgsType()
class CsfStatusArgs {
  @Field(() => LocalPeriodInput)
  @ValidateNested()
  period!: LocalPeriodInput;
}

@ObjectType({ description: "One KPI of a CSF in the period's last month, judged against that KPI definition." })
class CsfKpiStatus {
  @Field(() => KpiDefinition)
  definition!: KpiDefinition;
  @Field(() => String, { nullable: true, description: 'The last bucket of the period.' })
  bucket!: string | null;
  @Field(() => Float, { nullable: true })
  value!: number | null;
  @Field(() => KpiStatusEnum)
  status!: KpiStatusEnum;
}

@ObjectType({ description: 'A CSF rolled up from its KPIs: RED if any KPI is RED, else AMBER if any is, else GREEN; KPIs without data are ignored.' })
class CsfStatus {
  @Field(() => KpiStatusEnum)
  status!: KpiStatusEnum;
  @Field(() => [CsfKpiStatus])
  kpis!: CsfKpiStatus[];
}

@Resolver(() => CriticalSuccessFactor)
export class CsfStatusResolver {
  @FieldResolver(() => CsfStatus, { description: "Status in the period's last month, from the KPIs that measure this CSF." })
  async status(@Root() csf: CriticalSuccessFactor, @Args(() => CsfStatusArgs) args: CsfStatusArgs, @Ctx() ctx: Context): Promise<CsfStatus> {
    const [definitions, series] = await Promise.all([
      ctx.loaders.manyBy(KpiDefinition, 'csfId', 'createdAt').load(csf.id),
      clientSeries(ctx, csf.clientId, { period: args.period, granularity: GranularityEnum.MONTH, keys: null, breakdown: null }),
    ]);
    const kpis = definitions.map((definition) => {
      const figure = figureOf(definition.key, definition.statistic);
      const last = series.find((s) => s.key === definition.key && s.figure === figure)?.points.at(-1);
      const value = last?.value ?? null;
      const status = kpiStatus(value, definition.target, definition.tolerance, definition.direction) as KpiStatusEnum;
      return { definition, bucket: last?.bucket ?? null, value, status };
    });
    return { status: csfStatus(kpis.map((k) => k.status)) as KpiStatusEnum, kpis };
  }
}
