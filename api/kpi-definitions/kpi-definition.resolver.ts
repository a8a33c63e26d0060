import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { crudResolver } from '../graphql/crud-resolver.js';
import { Client } from '../clients/client.entity.js';
import { CriticalSuccessFactor } from '../csfs/critical-success-factor.entity.js';
import { KpiDefinition } from './kpi-definition.entity.js';
import { CreateKpiDefinitionInput, KpiDefinitionFilter, UpdateKpiDefinitionInput } from './kpi-definition.inputs.js';
import { KpiDefinitionService } from './kpi-definition.service.js';

@Resolver(() => KpiDefinition)
export class KpiDefinitionResolver extends crudResolver({
  entity: KpiDefinition,
  singular: 'kpiDefinition',
  plural: 'kpiDefinitions',
  filter: KpiDefinitionFilter,
  createInput: CreateKpiDefinitionInput,
  updateInput: UpdateKpiDefinitionInput,
  service: (ctx) => new KpiDefinitionService(ctx),
}) {
  @FieldResolver(() => Client, { nullable: true })
  client(@Root() kpi: KpiDefinition, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Client).load(kpi.clientId);
  }

  @FieldResolver(() => CriticalSuccessFactor, { nullable: true })
  criticalSuccessFactor(@Root() kpi: KpiDefinition, @Ctx() ctx: Context) {
    return kpi.csfId ? ctx.loaders.byId(CriticalSuccessFactor).load(kpi.csfId) : null;
  }
}
