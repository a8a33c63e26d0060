/**
 * Milliseconds to wait according to a `Retry-After` header, which is either delta seconds or an
 * HTTP-date (RFC 9110 section 10.2.3); Jira sends it on 429 and some 503s, ServiceNow on 429.
 * undefined when absent or unreadable; 0 for a date already past.
 *
 * @example
 * parseRetryAfter('120'); //=> 120000
 * parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('2015-10-21T07:27:00Z')); //=> 60000
 * parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('2016-01-01T00:00:00Z')); //=> 0
 * parseRetryAfter('soon'); //=> undefined
 */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.ceil(Number(text) * 1000);
  // Every HTTP-date form names the month; without that test Date.parse would read "-5" as a year.
  const at = /[a-z]{3}/i.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
