import { lexicographicSortSchema, printSchema } from 'graphql';
import { createSchema } from './schema.js';

/** The SDL committed as schema/schema.graphql: sorted, so the diff shows real changes only. */
export async function printApiSchema(): Promise<string> {
  return printSchema(lexicographicSortSchema(await createSchema())) + '\n';
}
