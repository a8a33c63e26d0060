import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { crudResolver } from '../graphql/crud-resolver.js';
import { Client } from '../clients/client.entity.js';
import { KpiDefinition } from '../kpi-definitions/kpi-definition.entity.js';
import { CriticalSuccessFactor } from './critical-success-factor.entity.js';
import {
  CreateCriticalSuccessFactorInput, CriticalSuccessFactorFilter, UpdateCriticalSuccessFactorInput,
} from './critical-success-factor.inputs.js';
import { CriticalSuccessFactorService } from './critical-success-factor.service.js';

@Resolver(() => CriticalSuccessFactor)
export class CriticalSuccessFactorResolver extends crudResolver({
  entity: CriticalSuccessFactor,
  singular: 'criticalSuccessFactor',
  plural: 'criticalSuccessFactors',
  filter: CriticalSuccessFactorFilter,
  createInput: CreateCriticalSuccessFactorInput,
  updateInput: UpdateCriticalSuccessFactorInput,
  service: (ctx) => new CriticalSuccessFactorService(ctx),
}) {
  @FieldResolver(() => Client, { nullable: true })
  client(@Root() csf: CriticalSuccessFactor, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Client).load(csf.clientId);
  }

  @FieldResolver(() => [KpiDefinition], { description: 'The KPIs that measure this factor.' })
  kpiDefinitions(@Root() csf: CriticalSuccessFactor, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(KpiDefinition, 'csfId', 'createdAt').load(csf.id);
  }
}
