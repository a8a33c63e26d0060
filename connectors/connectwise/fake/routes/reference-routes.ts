import type { FakeRoute } from '../../../sdk/fake/index.js';
import { BOARDS, PRIORITIES, STATUSES, company, statusId } from '../scenario/catalog.js';
import { cwError } from './cw-error.js';
import { listRecords } from './list-records.js';
import { recordFields } from './record-fields.js';

const NAMED = recordFields({ id: 'number', name: 'string', identifier: 'string', inactiveflag: 'boolean', closedstatus: 'boolean', sort: 'number' });

/**
 * The tenant's reference data: `/company/companies`, `/service/boards`, `/service/boards/{id}/statuses`,
 * `/service/priorities`. Statuses carry `closedStatus` as CW's board statuses do.
 *
 * @example
 * // GET /v4_6_release/apis/3.0/service/boards/2/statuses
 * //=> [{ id: 201, name: 'New', sort: 0, closedStatus: false, board: { id: 2, name: 'Tier 2' } }, ...]
 */
export function referenceRoutes(companies: number, api: string): FakeRoute[] {
  const companyList = Array.from({ length: companies }, (_, i) => ({ ...company(i), status: { id: 1, name: 'Active' }, deletedFlag: false }));
  return [
    { method: 'GET', path: `${api}/company/companies`, handle: (request) => listRecords(request, companyList, NAMED) },
    { method: 'GET', path: `${api}/service/boards`, handle: (request) => listRecords(request, BOARDS.map((b) => ({ ...b, inactiveFlag: false })), NAMED) },
    {
      method: 'GET', path: `${api}/service/boards/:id/statuses`,
      handle(request) {
        const index = BOARDS.findIndex((b) => String(b.id) === request.params['id']);
        if (index < 0) return cwError(404, `Board Id ${request.params['id']} not found.`);
        const statuses = STATUSES.map((name, s) => ({
          id: statusId(index, s), name, sort: s, closedStatus: name === 'Closed' || name === 'Cancelled', inactive: false,
          board: { id: BOARDS[index]!.id, name: BOARDS[index]!.name },
        }));
        return listRecords(request, statuses, NAMED);
      },
    },
    { method: 'GET', path: `${api}/service/priorities`, handle: (request) => listRecords(request, PRIORITIES.map((p) => ({ ...p })), NAMED) },
  ];
}
