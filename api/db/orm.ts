import 'reflect-metadata';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import type { Logger as MikroLogger, LoggerOptions } from '@mikro-orm/core';
import { DefaultLogger } from '@mikro-orm/core';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

export type Orm = MikroORM;

export interface OrmOptions {
  /** Called with every SQL statement the ORM runs (tests count them). */
  onQuery?: (sql: string) => void;
  poolMax?: number;
}

class QueryListener extends DefaultLogger {
  constructor(options: LoggerOptions, private readonly onQuery: (sql: string) => void) {
    super(options);
  }
  override logQuery(context: Parameters<MikroLogger['logQuery']>[0]): void {
    if (context.query) this.onQuery(context.query);
  }
}

export function ormOptions(url: string, options: OrmOptions = {}): Options {
  const { onQuery } = options;
  return {
    clientUrl: url,
    entities: ENTITIES,
    discovery: { requireEntitiesArray: true },
    extensions: [Migrator],
    migrations: { migrationsList: MIGRATIONS, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    allowGlobalContext: false,
    forceUtcTimezone: true,
    pool: { min: 0, max: options.poolMax ?? 10 },
    debug: onQuery ? ['query'] : false,
    loggerFactory: onQuery ? (o) => new QueryListener(o, onQuery) : undefined,
  };
}

export async function openOrm(url: string, options: OrmOptions = {}): Promise<Orm> {
  return MikroORM.init(ormOptions(url, options));
}

/** Applies the committed migrations that have not run yet; returns their names. */
export async function migrate(orm: Orm): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}
