import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { crudResolver } from '../graphql/crud-resolver.js';
import { SlaPolicy } from './sla-policy.entity.js';
import { SlaPolicyVersion } from './sla-policy-version.entity.js';
import { CreateSlaPolicyInput, SlaPolicyFilter, SlaPolicyVersionInput, UpdateSlaPolicyInput } from './sla-policy.inputs.js';
import { SlaPolicyService } from './sla-policy.service.js';

@Resolver(() => SlaPolicy)
export class SlaPolicyResolver extends crudResolver({
  entity: SlaPolicy,
  singular: 'slaPolicy',
  plural: 'slaPolicies',
  filter: SlaPolicyFilter,
  createInput: CreateSlaPolicyInput,
  updateInput: UpdateSlaPolicyInput,
  service: (ctx) => new SlaPolicyService(ctx),
}) {
  @Mutation(() => SlaPolicyVersion, { description: 'New targets from a later date; history is kept.' })
  addSlaPolicyVersion(
    @Arg('policyId', () => ID) policyId: string,
    @Arg('terms', () => SlaPolicyVersionInput) terms: SlaPolicyVersionInput,
    @Ctx() ctx: Context,
  ) {
    return new SlaPolicyService(ctx).addVersion(policyId, terms);
  }

  @FieldResolver(() => [SlaPolicyVersion], { description: 'All versions, oldest first.' })
  versions(@Root() policy: SlaPolicy, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy(SlaPolicyVersion, 'policyId', 'version').load(policy.id);
  }
}
