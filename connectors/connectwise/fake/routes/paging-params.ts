import type { FakeRequest } from '../../../sdk/fake/index.js';

/** ConnectWise's documented page size when the client gives none, and its hard cap. */
export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 1000;

/**
 * `page` (1-based) and `pageSize` of a list request: 25 when omitted, at most 1,000 ("We have set a hard
 * limit of 1,000 records", ConnectWise "PSA Pagination"; the 25 default: ConnectPyse issue #11).
 *
 * @example
 * pagingParams(request('?page=3&pageSize=5000')); //=> { page: 3, pageSize: 1000 }
 * pagingParams(request('')); //=> { page: 1, pageSize: 25 }
 */
export function pagingParams(request: FakeRequest): { page: number; pageSize: number } {
  const page = Math.max(1, Math.floor(Number(request.query.get('page') ?? 1)) || 1);
  const asked = Math.floor(Number(request.query.get('pageSize') ?? DEFAULT_PAGE_SIZE)) || DEFAULT_PAGE_SIZE;
  return { page, pageSize: Math.min(MAX_PAGE_SIZE, Math.max(1, asked)) };
}
