import type { NonEmptyArray } from 'type-graphql';
import { ClientResolver } from '../clients/client.resolver.js';
import { ViewerResolver } from '../tenancy/viewer.resolver.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [ViewerResolver, ClientResolver];
