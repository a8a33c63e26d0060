import {
  CheckConstraintViolationException,
  DriverException,
  ForeignKeyConstraintViolationException,
  NotNullConstraintViolationException,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import { BadInputError, ConflictError, type DomainError } from './errors.js';

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** PostgreSQL's default names: `<table>_<col>_<col>_key|fkey|check`; the tenant column is implied. */
function columnsOf(constraint: string, table: string, suffix: string): string[] {
  const inner = constraint.slice(table.length + 1, constraint.length - suffix.length - 1);
  return inner.split('_tenant_id_').join('_').replace(/^tenant_id_?/, '').split(/_(?=[a-z]+_id$)/)
    .filter(Boolean).map(camel);
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
export function constraintError(error: unknown): DomainError | undefined {
  if (!(error instanceof DriverException)) return undefined;
  const { constraint = '', table = '' } = error as DriverException & { constraint?: string; table?: string };
  const thing = table.replaceAll('_', ' ');
  const named = NAMED[constraint];
  if (named) return new ConflictError(`${named.field}: ${named.message}`, { field: named.field });
  if (error instanceof UniqueConstraintViolationException) {
    const fields = columnsOf(constraint, table, 'key');
    return new ConflictError(`a ${thing} with this ${fields.join(' and ') || 'value'} already exists`, { fields });
  }
  if (error instanceof ForeignKeyConstraintViolationException) {
    const [field = 'reference'] = columnsOf(constraint, table, 'fkey');
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
