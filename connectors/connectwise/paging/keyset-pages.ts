import { ConnectorError, type HttpClient, type HttpResponse } from '../../sdk/index.js';
import { nextLink } from './next-link.js';

export interface KeysetQuery<T> {
  url: string;
  orderBy: string;
  fields?: string;
  pageSize: number;
  /** The `conditions` selecting records after `last` (the first page's when `last` is null). */
  where(last: T | null): string | undefined;
  /** The listing's order: negative when `a` comes before `b`. */
  compare(a: T, b: T): number;
}

/**
 * Reads a ConnectWise listing page by page with keyset conditions, always asking for `page=1`.
 *
 * Why not `page=2, 3, ...`: page numbers are positions in a result that moves while we read. A ticket on
 * an already-read page that is updated mid-sync moves to the end of a `lastUpdated`-ordered listing, every
 * later record shifts one place forward, and the first record of the next page is never served. Asking
 * for "the first page after the last key we saw" is immune to that, and an updated ticket is simply read
 * again at the end.
 *
 * A page ends the listing only when it is short and has no `rel="next"` Link, or when it is empty: a
 * Link alone can be stripped by a proxy, and a short page can come from a server-side cap below our
 * `pageSize`; either way the next keyset request costs at most one empty answer. Records out of order
 * fail loudly (a server ignoring `orderBy` would make keysets skip records silently).
 *
 * @example
 * for await (const ids of keysetPages(http, { url: '/service/tickets', orderBy: 'id asc', fields: 'id', pageSize: 1000,
 *   where: (last) => (last ? `id > ${last.id}` : undefined), compare: (a, b) => a.id - b.id })) { ... }
 * //=> yields [{ id: 1 }, ... { id: 1000 }], then [{ id: 1001 }, ...]
 */
export async function* keysetPages<T>(http: HttpClient, query: KeysetQuery<T>): AsyncGenerator<T[]> {
  let last: T | null = null;
  for (;;) {
    const response: HttpResponse<T[]> = await http.request<T[]>({
      url: query.url,
      params: { conditions: query.where(last), orderBy: query.orderBy, fields: query.fields, page: 1, pageSize: query.pageSize },
    });
    const records: T[] = response.data;
    if (!Array.isArray(records)) {
      throw new ConnectorError('fatal', `Expected a JSON array from ${query.url}, received ${typeof records}`, { url: query.url });
    }
    for (const record of records) {
      if (last !== null && query.compare(last, record) >= 0) {
        throw new ConnectorError('fatal', `${query.url} answered out of the requested order "${query.orderBy}"; `
          + 'keyset paging would skip records, so the read stops here', { url: query.url });
      }
      last = record;
    }
    if (records.length === 0) return;
    yield records;
    const more = nextLink(response.headers['link']) !== null || records.length >= query.pageSize;
    if (!more) return;
  }
}
