import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { RESOLVERS } from './resolvers.js';

/** The schema, built from the resolver classes; `schema/schema.graphql` is its committed print. */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    validate: { forbidUnknownValues: false, stopAtFirstError: false },
  });
}
