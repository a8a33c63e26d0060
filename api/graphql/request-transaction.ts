import type { ApolloServerPlugin } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from './context.js';

/**
 * Each GraphQL request runs in one tenant-scoped transaction. A mutation that reports any error
 * rolls back entirely (nothing half-written); otherwise the transaction commits.
 */
export class RequestTransaction {
  private done = false;
  constructor(private readonly em: EntityManager) {}

  async finish(commit: boolean): Promise<void> {
    if (this.done) return;
    this.done = true;
    if (commit) await this.em.commit();
    else await this.em.rollback();
  }
}

export type TransactionalContext = Context & { transaction: RequestTransaction };

export const requestTransactionPlugin: ApolloServerPlugin<TransactionalContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response, operation }) {
        const failed = response.body.kind === 'single' && (response.body.singleResult.errors?.length ?? 0) > 0;
        const isMutation = operation?.operation === 'mutation';
        await contextValue.transaction.finish(!(failed && isMutation));
      },
    };
  },
};
