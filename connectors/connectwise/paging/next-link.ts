/**
 * The `rel="next"` target of a `Link` header, ConnectWise's signal that more records exist
 * (https://www.thelazyadministrator.com/2024/06/06/how-the-connectwise-manage-api-handles-pagination-with-powershell/).
 *
 * @example
 * nextLink('<https://h/v4_6_release/apis/3.0/service/tickets?page=2>; rel="next", <https://h/...?page=9>; rel="last"');
 * //=> 'https://h/v4_6_release/apis/3.0/service/tickets?page=2'
 * nextLink('<https://h/...?page=1>; rel="first"'); //=> null
 * nextLink(undefined); //=> null
 */
export function nextLink(header: string | undefined): string | null {
  if (!header) return null;
  for (const part of header.split(',')) {
    const match = /<([^>]*)>\s*;(.*)$/.exec(part.trim());
    if (match && /\brel\s*=\s*"?next"?/i.test(match[2] ?? '')) return match[1] ?? null;
  }
  return null;
}
