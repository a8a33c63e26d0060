import { Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { Role } from './role.js';
import { Tenant } from './tenant.entity.js';

@ObjectType('Viewer', { description: 'The caller: its tenant, role and, for client viewers, client.' })
export class ViewerInfo {
  @Field(() => Tenant)
  tenant!: Tenant;
  @Field(() => Role)
  role!: Role;
  @Field(() => ID, { nullable: true })
  clientId!: string | null;
}

@Resolver()
export class ViewerResolver {
  @Query(() => ViewerInfo)
  async viewer(@Ctx() ctx: Context): Promise<ViewerInfo> {
    const tenant = await ctx.em.findOneOrFail(Tenant, { id: ctx.viewer.tenantId });
    return { tenant, role: ctx.viewer.role, clientId: ctx.viewer.clientId };
  }
}
