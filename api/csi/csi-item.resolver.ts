import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { crudResolver } from '../graphql/crud-resolver.js';
import { Client } from '../clients/client.entity.js';
import { CriticalSuccessFactor } from '../csfs/critical-success-factor.entity.js';
import { KpiDefinition } from '../kpi-definitions/kpi-definition.entity.js';
import { ServiceReview } from '../reviews/service-review.entity.js';
import { CsiItem } from './csi-item.entity.js';
import { CreateCsiItemInput, CsiItemFilter, UpdateCsiItemInput } from './csi-item.inputs.js';
import { CsiItemService } from './csi-item.service.js';

@Resolver(() => CsiItem)
export class CsiItemResolver extends crudResolver({
  entity: CsiItem,
  singular: 'csiItem',
  plural: 'csiItems',
  filter: CsiItemFilter,
  createInput: CreateCsiItemInput,
  updateInput: UpdateCsiItemInput,
  service: (ctx) => new CsiItemService(ctx),
}) {
  @FieldResolver(() => Client, { nullable: true })
  client(@Root() item: CsiItem, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Client).load(item.clientId);
  }

  @FieldResolver(() => ServiceReview, { nullable: true })
  review(@Root() item: CsiItem, @Ctx() ctx: Context) {
    return item.reviewId ? ctx.loaders.byId(ServiceReview).load(item.reviewId) : null;
  }

  @FieldResolver(() => CriticalSuccessFactor, { nullable: true })
  criticalSuccessFactor(@Root() item: CsiItem, @Ctx() ctx: Context) {
    return item.csfId ? ctx.loaders.byId(CriticalSuccessFactor).load(item.csfId) : null;
  }

  @FieldResolver(() => [KpiDefinition])
  async targetKpis(@Root() item: CsiItem, @Ctx() ctx: Context) {
    const kpis = await ctx.loaders.byId(KpiDefinition).loadMany(item.targetKpiIds);
    return kpis.filter((k): k is KpiDefinition => k instanceof KpiDefinition);
  }
}
