/**
 * The rule text ConnectWise appends to every malformed `conditions` answer, verbatim from the server's
 * message as quoted in covenanttechnologysolutions/connectwise-rest README.md ("Manage Conditions Example").
 */
export const CONDITIONS_RULES = 'String values should be enclosed with double or single quotes; DateTime values should be '
  + 'enclosed in square brackets; numbers should consist of only digits, and optionally a decimal point and a negation '
  + 'sign; boolean values should be indicated with the keywords true or false; null values should be indicated by the '
  + 'keyword null.';

/**
 * A `conditions` string the fake cannot accept; the route answers it as a 400 whose message is
 * `<what was wrong>. <CONDITIONS_RULES>`, like the real server's "Expected a boolean value, not a numeric. String values ...".
 *
 * @example
 * new ConditionsError('Expected a boolean value, not a numeric').message;
 * //=> 'Expected a boolean value, not a numeric. String values should be enclosed with double or single quotes; ...'
 */
export class ConditionsError extends Error {
  override readonly name = 'ConditionsError';

  constructor(problem: string) {
    super(`${problem}. ${CONDITIONS_RULES}`);
  }
}
