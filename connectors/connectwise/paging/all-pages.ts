import { ConnectorError, type HttpClient } from '../../sdk/index.js';
import { nextLink } from './next-link.js';

/**
 * Every record of a small, stable ConnectWise listing (survey definitions, one ticket's audit trail),
 * following `page=1, 2, ...` while the `Link` header names a `rel="next"` page or pages come back full.
 *
 * @example
 * await allPages(http, '/system/audittrail', { type: 'Ticket', id: 42 }, 1000);
 * //=> [{ text: 'Status changed from "New" to "In Progress"', enteredDate: '2024-03-01T10:00:00Z', ... }, ...]
 */
export async function allPages<T>(
  http: HttpClient,
  url: string,
  params: Record<string, string | number | undefined>,
  pageSize: number,
): Promise<T[]> {
  const all: T[] = [];
  for (let page = 1; ; page += 1) {
    const response = await http.request<T[]>({ url, params: { ...params, page, pageSize } });
    if (!Array.isArray(response.data)) {
      throw new ConnectorError('fatal', `Expected a JSON array from ${url}, received ${typeof response.data}`, { url });
    }
    all.push(...response.data);
    const more = nextLink(response.headers['link']) !== null || response.data.length >= pageSize;
    if (response.data.length === 0 || !more) return all;
  }
}
