import type { FakeRequest } from '../../../sdk/fake/index.js';

/**
 * The `Link` header of a navigable listing page, like ConnectWise's
 * (`<https://SERVER/v4_6_release/apis/3.0/company/companies?pageSize=1000&page=2>; rel="next", ...`):
 * `first` / `prev` after page 1, `next` when more exist, `last` when the total is known. Undefined when
 * it would be empty.
 *
 * @example
 * linkHeader(request, { page: 1, pageSize: 2, hasNext: true, lastPage: 5 });
 * //=> '<http://127.0.0.1:4100/v4_6_release/apis/3.0/service/tickets?pageSize=2&page=2>; rel="next", <...&page=5>; rel="last"'
 */
export function linkHeader(
  request: FakeRequest,
  paging: { page: number; pageSize: number; hasNext: boolean; lastPage: number | null },
): string | undefined {
  const to = (page: number): string => {
    const query = new URLSearchParams(request.query);
    query.set('pageSize', String(paging.pageSize));
    query.set('page', String(page));
    return `<${request.origin}${request.path}?${query.toString()}>`;
  };
  const links: string[] = [];
  if (paging.page > 1) links.push(`${to(1)}; rel="first"`, `${to(paging.page - 1)}; rel="prev"`);
  if (paging.hasNext) links.push(`${to(paging.page + 1)}; rel="next"`);
  if (paging.lastPage !== null && paging.lastPage > paging.page) links.push(`${to(paging.lastPage)}; rel="last"`);
  return links.length > 0 ? links.join(', ') : undefined;
}

/**
 * The `Link` of a forward-only page: only `next`, carrying `pageId=<last id>` ("treated like an
 * additional condition of Id > pageId", thelazyadministrator.com on CW pagination).
 *
 * @example
 * forwardOnlyLink(request, 1000, 5120); //=> '<http://127.0.0.1:4100/.../service/tickets?pageSize=1000&pageId=5120>; rel="next"'
 */
export function forwardOnlyLink(request: FakeRequest, pageSize: number, lastId: number): string {
  const query = new URLSearchParams(request.query);
  query.delete('page');
  query.set('pageSize', String(pageSize));
  query.set('pageId', String(lastId));
  return `<${request.origin}${request.path}?${query.toString()}>; rel="next"`;
}
