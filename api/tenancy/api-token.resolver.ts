import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { Connection, PageArgs } from '../graphql/connection.js';
import { ApiToken } from './api-token.entity.js';

export const ApiTokenConnection = Connection(ApiToken);

/** The tenant's API tokens (never their secrets); for MSP admins. Tokens are made with the CLI. */
@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Query(() => ApiTokenConnection)
  async apiTokens(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('includeRevoked', () => Boolean, { defaultValue: false }) includeRevoked: boolean,
    @Ctx() ctx: Context,
  ) {
    ctx.viewer.assertAdmin();
    const where = includeRevoked ? {} : { revokedAt: null };
    return new ApiTokenConnection(await ctx.store.page(ApiToken, where, page, { field: 'createdAt', direction: 'asc' }));
  }
}
