import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { Logger } from 'pino';
import { constraintError, type ConstraintColumns } from './constraint-error.js';
import { DomainError } from './errors.js';

interface FieldProblem {
  field: string;
  expected: string[];
}

/** class-validator's nested errors flattened to dotted paths: `input.weeklyIntervals.0.start`. */
function fieldProblems(error: ArgumentValidationError): FieldProblem[] {
  const out: FieldProblem[] = [];
  const walk = (items: ArgumentValidationError['extensions']['validationErrors'], prefix: string) => {
    for (const item of items ?? []) {
      const field = prefix ? `${prefix}.${item.property}` : item.property;
      if (item.constraints) out.push({ field, expected: Object.values(item.constraints) });
      walk(item.children ?? [], field);
    }
  };
  walk(error.extensions.validationErrors, '');
  return out;
}

/**
 * The one place errors become responses: domain errors keep their code and message, validation
 * errors name every field, constraint violations become user errors, and anything unexpected is
 * logged and answered with a generic message (no SQL, no stack unless configured).
 */
export function createFormatError(logger: Logger, includeStacktrace: boolean, constraints: ConstraintColumns) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { locations: formatted.locations, path: formatted.path };
    if (original instanceof ArgumentValidationError) {
      const problems = fieldProblems(original);
      const message = problems.map((p) => `${p.field}: ${p.expected.join('; ')}`).join(' | ');
      return { ...base, message: `Invalid input. ${message}`, extensions: { code: 'BAD_USER_INPUT', fields: problems } };
    }
    const domain = original instanceof DomainError ? original : constraintError(original, constraints);
    if (domain) {
      return { ...base, message: domain.message, extensions: { code: domain.code, ...domain.details } };
    }
    const code = formatted.extensions?.code;
    if ((code && code !== 'INTERNAL_SERVER_ERROR') || !(original instanceof Error)) {
      // Parse / validation / armor / auth errors from graphql-js and Apollo carry their own code and
      // are safe to show. (Checked by code, not instanceof: graphql loads as both CJS and ESM.)
      return includeStacktrace ? formatted : { ...formatted, extensions: { code: formatted.extensions?.code } };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error in a GraphQL request');
    return {
      ...base,
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR', ...(includeStacktrace ? { stacktrace: original.stack?.split('\n') } : {}) },
    };
  };
}
