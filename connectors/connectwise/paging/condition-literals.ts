/**
 * Literals for ConnectWise `conditions`: "String values should be enclosed with double or single quotes;
 * DateTime values should be enclosed in square brackets" (the server's own error text, quoted in
 * connectwise-rest README.md).
 */

/**
 * @example
 * dateLiteral('2024-01-01T00:00:00Z'); //=> '[2024-01-01T00:00:00Z]'
 */
export function dateLiteral(iso: string): string {
  return `[${iso}]`;
}

/**
 * Double quotes unless the value holds one; ConnectWise documents no escape character.
 *
 * @example
 * stringLiteral('Help Desk'); //=> '"Help Desk"'
 * stringLiteral('The "A" team'); //=> "'The \"A\" team'"
 */
export function stringLiteral(value: string): string {
  return value.includes('"') ? `'${value}'` : `"${value}"`;
}

/**
 * `(board/name = "A" or board/name = "B")` for a board filter, or null when there is none.
 *
 * @example
 * boardCondition(['Help Desk', 'Tier 2']); //=> '(board/name = "Help Desk" or board/name = "Tier 2")'
 * boardCondition(undefined); //=> null
 */
export function boardCondition(boards: readonly string[] | undefined): string | null {
  if (!boards?.length) return null;
  return `(${boards.map((name) => `board/name = ${stringLiteral(name)}`).join(' or ')})`;
}

/**
 * Joins conditions with `and`, skipping absent ones; undefined when none remain (no `conditions` param).
 *
 * @example
 * allOf('id > 5', null); //=> 'id > 5'
 * allOf('a = 1 or b = 2', 'c = 3'); //=> '(a = 1 or b = 2) and (c = 3)'
 */
export function allOf(...conditions: (string | null)[]): string | undefined {
  const present = conditions.filter((c): c is string => c !== null && c !== '');
  if (present.length === 0) return undefined;
  if (present.length === 1) return present[0];
  return present.map((c) => `(${c})`).join(' and ');
}
