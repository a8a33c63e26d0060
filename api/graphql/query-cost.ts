import type { ApolloServerPlugin } from '@apollo/server';
import { getNullableType, GraphQLError, isListType, type GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';

/** Unbounded child lists (a client's engagements) are assumed this long when costing a query. */
const UNPAGED_LIST_GUESS = 10;

/**
 * List cost = child cost x `first`: a page of 100 clients each listing engagements costs 100x
 * what one client does, so the limit bounds the rows a query can touch, not just its size.
 */
const pagedListEstimator: ComplexityEstimator = ({ args, childComplexity, field, type }) => {
  if (typeof args.first === 'number') return 1 + childComplexity * args.first;
  // A connection's nodes / edges are the page its parent field already multiplied by `first`.
  if (type.name.endsWith('Connection')) return 1 + childComplexity;
  if (isListType(getNullableType(field.type)) && childComplexity > 0) {
    return 1 + childComplexity * UNPAGED_LIST_GUESS;
  }
  return undefined;
};

export function queryCostPlugin(schema: GraphQLSchema, maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const cost = getComplexity({
            schema,
            operationName: request.operationName,
            query: document,
            variables: request.variables,
            estimators: [pagedListEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
          if (cost > maxCost) {
            throw new GraphQLError(`query cost ${cost} exceeds the limit of ${maxCost}; ask for fewer rows or fields`, {
              extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost },
            });
          }
        },
      };
    },
  };
}
