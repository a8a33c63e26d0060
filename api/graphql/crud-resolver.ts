import { Arg, Args, Ctx, ID, Mutation, Query, Resolver, type ClassType } from 'type-graphql';
import type { Context } from './context.js';
import { Connection, PageArgs, type Page } from './connection.js';

/** What a managed entity's service offers the API; the service owns authorization. */
export interface CrudService<T, F, C, U> {
  list(filter: F | undefined, page: PageArgs): Promise<Page<T> & { cursors: string[] }>;
  get(id: string): Promise<T>;
  create(input: C): Promise<T>;
  update(id: string, input: U): Promise<T>;
  archive(id: string): Promise<T>;
}

export interface CrudSpec<T extends object, F extends object, C extends object, U extends object> {
  entity: ClassType<T>;
  /** Singular and plural field names: `client` / `clients` gives createClient, archiveClient... */
  singular: string;
  plural: string;
  filter: ClassType<F>;
  createInput: ClassType<C>;
  updateInput: ClassType<U>;
  service: (ctx: Context) => CrudService<T, F, C, U>;
}

/**
 * The queries (`plural`, `singular`) and mutations (create / update / archive) every managed
 * entity has, declared once. Concrete resolvers extend it and add their field resolvers.
 */
export function crudResolver<T extends object, F extends object, C extends object, U extends object>(spec: CrudSpec<T, F, C, U>) {
  const ConnectionType = Connection(spec.entity);
  const Name = spec.singular[0]!.toUpperCase() + spec.singular.slice(1);

  @Resolver(() => spec.entity)
  abstract class CrudResolver {
    @Query(() => ConnectionType, { name: spec.plural })
    async list(
      @Args(() => PageArgs) page: PageArgs,
      @Arg('filter', () => spec.filter, { nullable: true }) filter: F | undefined,
      @Ctx() ctx: Context,
    ) {
      return new ConnectionType(await spec.service(ctx).list(filter, page));
    }

    @Query(() => spec.entity, { name: spec.singular })
    get(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
      return spec.service(ctx).get(id);
    }

    @Mutation(() => spec.entity, { name: `create${Name}` })
    create(@Arg('input', () => spec.createInput) input: C, @Ctx() ctx: Context) {
      return spec.service(ctx).create(input);
    }

    @Mutation(() => spec.entity, { name: `update${Name}` })
    update(@Arg('id', () => ID) id: string, @Arg('input', () => spec.updateInput) input: U, @Ctx() ctx: Context) {
      return spec.service(ctx).update(id, input);
    }

    @Mutation(() => spec.entity, { name: `archive${Name}`, description: 'Hides it from default listings; history keeps it.' })
    archive(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
      return spec.service(ctx).archive(id);
    }
  }
  return CrudResolver;
}
