import {
  CheckConstraintViolationException,
  DriverException,
  ForeignKeyConstraintViolationException,
  NotNullConstraintViolationException,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError, ConflictError, type DomainError } from './errors.js';

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** Constraint name -> its columns, read from pg_constraint when the server starts. */
export type ConstraintColumns = ReadonlyMap<string, string[]>;

/**
 * PostgreSQL leaves a violation's detail line out under row-level security (it could show other
 * rows' values), so the columns come from the catalogue instead; the tenant column is implied.
 */
export async function loadConstraintColumns(em: EntityManager): Promise<ConstraintColumns> {
  const rows = await em.getConnection().execute<{ name: string; columns: string[] }[]>(
    `select c.conname as name,
            array(select a.attname::text from unnest(c.conkey) k join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k) as columns
       from pg_constraint c where c.connamespace = 'public'::regnamespace
     union all
     select i.relname, array(select a.attname::text from unnest(x.indkey) k join pg_attribute a on a.attrelid = x.indrelid and a.attnum = k)
       from pg_index x join pg_class i on i.oid = x.indexrelid where x.indisunique and i.relnamespace = 'public'::regnamespace`,
  );
  return new Map(rows.map((r) => [r.name, r.columns.filter((c) => c !== 'tenant_id').map(camel)]));
}

/** Constraints whose default name says too little, with the message a user needs. */
const NAMED: Record<string, { field: string; message: string }> = {
  engagement_one_live_per_level: {
    field: 'level',
    message: 'the client already has a live engagement at this level; archive it or update it instead',
  },
};

/**
 * Maps a database constraint violation to an error a user can act on, naming the field;
 * never passes SQL through. Returns undefined for anything that is not a constraint violation.
 */
export function constraintError(error: unknown, columns: ConstraintColumns): DomainError | undefined {
  if (!(error instanceof DriverException)) return undefined;
  const { constraint = '', table = '' } = error as DriverException & { constraint?: string; table?: string };
  const thing = table.replaceAll('_', ' ');
  const named = NAMED[constraint];
  if (named) return new ConflictError(`${named.field}: ${named.message}`, { field: named.field });
  if (error instanceof UniqueConstraintViolationException) {
    const fields = columns.get(constraint) ?? [];
    return new ConflictError(`a ${thing} with this ${fields.join(' and ') || 'value'} already exists`, { fields });
  }
  if (error instanceof ForeignKeyConstraintViolationException) {
    const [field = 'reference'] = columns.get(constraint) ?? [];
    return new BadInputError(field, `does not name an existing record of this tenant`);
  }
  if (error instanceof NotNullConstraintViolationException) {
    const column = (error as { column?: string }).column ?? 'a field';
    return new BadInputError(camel(column), 'is required');
  }
  if (error instanceof CheckConstraintViolationException) {
    return new BadInputError(thing || 'input', `violates the rule ${constraint}`);
  }
  return undefined;
}
