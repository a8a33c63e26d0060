import { BadInputError, ConflictError } from '../../graphql/errors.js';

/**
 * Runs `work`, putting `path` in front of the field its input errors name, so an error deep in a
 * list of changes says which one: `effectiveFrom: …` becomes `changes.slaTargets.0.terms.effectiveFrom: …`.
 */
export async function atPath<T>(path: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof BadInputError) {
      throw new BadInputError(`${path}.${error.field}`, error.message.slice(error.field.length + 2));
    }
    if (error instanceof ConflictError && typeof error.details.field === 'string') {
      const field = `${path}.${error.details.field}`;
      throw new ConflictError(`${field}: ${error.message}`, { ...error.details, field });
    }
    throw error;
  }
}
