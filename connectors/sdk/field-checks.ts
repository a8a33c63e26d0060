/**
 * Small assertions for checking records field by field: each throws an Error that names the field, what
 * was expected and what was received (never more than 80 characters of it).
 *
 * @example
 * expectText('', 'ticket.externalId'); //=> throws 'ticket.externalId: expected a non-empty string, got ""'
 * expectOneOf(['P1', 'P2'], 'P9', 'ticket.priority'); //=> throws 'ticket.priority: expected one of P1, P2, got "P9"'
 * expectDate(new Date('nope'), 'ticket.createdAt'); //=> throws 'ticket.createdAt: expected a valid Date, got Invalid Date'
 */
export function fail(path: string, expected: string, received: unknown): never {
  throw new Error(`${path}: expected ${expected}, got ${show(received)}`);
}

/** A non-empty string. */
export function expectText(value: unknown, path: string): void {
  if (typeof value !== 'string' || value === '') fail(path, 'a non-empty string', value);
}

/** A string (possibly empty) or null. */
export function expectTextOrNull(value: unknown, path: string): void {
  if (value !== null && typeof value !== 'string') fail(path, 'a string or null', value);
}

/** One of the `allowed` strings (an enum member). */
export function expectOneOf(allowed: readonly string[], value: unknown, path: string): void {
  if (typeof value !== 'string' || !allowed.includes(value)) fail(path, `one of ${allowed.join(', ')}`, value);
}

/** A Date holding a real instant. */
export function expectDate(value: unknown, path: string): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) fail(path, 'a valid Date', value);
}

/** A Date holding a real instant, or null. */
export function expectDateOrNull(value: unknown, path: string): void {
  if (value !== null) expectDate(value, path);
}

/** An integer >= 0. */
export function expectCount(value: unknown, path: string): void {
  if (!Number.isInteger(value) || (value as number) < 0) fail(path, 'a non-negative integer', value);
}

/** An array (its items are checked by the caller). */
export function expectArray(value: unknown, path: string): asserts value is unknown[] {
  if (!Array.isArray(value)) fail(path, 'an array', value);
}

function show(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
