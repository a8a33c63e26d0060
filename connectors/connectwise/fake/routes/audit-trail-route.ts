import type { FakeRoute } from '../../../sdk/fake/index.js';
import type { TicketStore } from '../scenario/ticket-store.js';
import { cwError } from './cw-error.js';
import { listRecords } from './list-records.js';
import { recordFields } from './record-fields.js';

const AUDIT_FIELDS = recordFields({ entereddate: 'datetime', enteredby: 'string', audittype: 'string', auditsubtype: 'string', text: 'string' });

/**
 * `GET /system/audittrail?type=Ticket&id=` (api_audit_trail.go): one ticket's trail, oldest first, with
 * the standard list parameters. Other record types have no trail in the fake (an empty list).
 *
 * @example
 * // GET /v4_6_release/apis/3.0/system/audittrail?type=Ticket&id=42
 * //=> [{ text: 'Ticket has been created.', ... }, { text: 'Status changed from "New" to "In Progress"', ... }]
 */
export function auditTrailRoute(store: TicketStore, api: string): FakeRoute {
  return {
    method: 'GET',
    path: `${api}/system/audittrail`,
    handle(request) {
      const type = request.query.get('type');
      const id = Number(request.query.get('id'));
      if (!type || !request.query.get('id') || !Number.isInteger(id)) {
        return cwError(400, 'type and id are required.', [{ code: 'NullValue', message: 'type and id are required.', resource: 'auditTrail', field: type ? 'id' : 'type' }]);
      }
      if (type.toLowerCase() !== 'ticket') return listRecords(request, [], AUDIT_FIELDS);
      if (!store.has(id)) return cwError(404, `Ticket Id ${id} not found.`);
      return listRecords(request, store.auditTrail(id), AUDIT_FIELDS);
    },
  };
}
