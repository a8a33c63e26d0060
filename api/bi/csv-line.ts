/**
 * One CSV record as RFC 4180 writes it: fields joined by commas, a field quoted when it holds a
 * comma, a double quote, CR or LF (its quotes doubled), and CRLF at the end. Null is an empty field.
 *
 * @example
 * csvLine(['a', 'b,c', 'say "hi"', null]) //=> 'a,"b,c","say ""hi""",\r\n'
 * csvLine(['two\nlines'])                  //=> '"two\nlines"\r\n'
 */
export function csvLine(fields: readonly (string | null)[]): string {
  return fields.map((f) => (f === null ? '' : /[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(',') + '\r\n';
}
