import type { FakeReply, FakeRequest } from '../../../sdk/fake/index.js';
import { compileCondition, type FieldCatalog } from '../conditions/compile-condition.js';
import { ConditionsError } from '../conditions/conditions-error.js';
import { parseConditions } from '../conditions/parse-conditions.js';
import { cwError } from './cw-error.js';
import { linkHeader } from './link-header.js';
import { parseOrderBy } from './order-by.js';
import { pagingParams } from './paging-params.js';
import { projectFields } from './project-fields.js';
import { readPath } from './record-path.js';

/**
 * Serves a small collection the ConnectWise way: `conditions` (parsed, a 400 with ConnectWise's message
 * when malformed), `orderBy`, `fields`, `page` / `pageSize` and the `Link` header. Fine for the
 * thousands; tickets have their own indexed listing.
 *
 * @example
 * listRecords(request('?conditions=id > 1&pageSize=1'), [{ id: 1 }, { id: 2 }, { id: 3 }], catalog);
 * //=> { status: 200, body: [{ id: 2 }], headers: { link: '<...page=2>; rel="next", <...page=2>; rel="last"' }, more: true }
 */
export function listRecords<T extends object>(request: FakeRequest, records: readonly T[], catalog: FieldCatalog<object>): FakeReply {
  let matches: T[];
  try {
    const conditions = request.query.get('conditions');
    const test = conditions?.trim() ? compileCondition(parseConditions(conditions), catalog) : () => true;
    const order = parseOrderBy(request.query.get('orderBy'));
    matches = records.filter(test).sort((a, b) => {
      for (const key of order) {
        const x = readPath(a, key.field) as string | number;
        const y = readPath(b, key.field) as string | number;
        if (x !== y) return (x < y ? -1 : 1) * (key.descending ? -1 : 1);
      }
      return 0;
    });
  } catch (error) {
    if (error instanceof ConditionsError) return cwError(400, error.message);
    throw error;
  }
  const { page, pageSize } = pagingParams(request);
  const body = matches.slice((page - 1) * pageSize, page * pageSize).map((r) => projectFields(r, request.query.get('fields')));
  const hasNext = matches.length > page * pageSize;
  const link = linkHeader(request, { page, pageSize, hasNext, lastPage: Math.max(1, Math.ceil(matches.length / pageSize)) });
  return { status: 200, body, headers: link ? { link } : {}, more: hasNext };
}
