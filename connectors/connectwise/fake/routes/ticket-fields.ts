import type { FieldCatalog, FieldReader, FieldType } from '../conditions/compile-condition.js';
import { BOARDS, CANCELLED, CLOSED, STATUSES, company, statusId } from '../scenario/catalog.js';
import type { TicketStore } from '../scenario/ticket-store.js';
import { readPath } from './record-path.js';

/** Ticket fields filterable without building the ticket, read from the store's columns. */
function columnFields(store: TicketStore): Record<string, FieldReader<number>> {
  const lastUpdated: FieldReader<number> = { type: 'datetime', read: (id) => store.lastUpdated(id) };
  return {
    'id': { type: 'number', read: (id) => id },
    'lastupdated': lastUpdated,
    '_info/lastupdated': lastUpdated,
    'board/id': { type: 'number', read: (id) => BOARDS[store.board(id)]!.id },
    'board/name': { type: 'string', read: (id) => BOARDS[store.board(id)]!.name },
    'status/id': { type: 'number', read: (id) => statusId(store.board(id), store.status(id)) },
    'status/name': { type: 'string', read: (id) => STATUSES[store.status(id)]! },
    'closedflag': { type: 'boolean', read: (id) => store.status(id) === CLOSED || store.status(id) === CANCELLED },
    'company/id': { type: 'number', read: (id) => company(store.company(id)).id },
    'company/name': { type: 'string', read: (id) => company(store.company(id)).name },
    'company/identifier': { type: 'string', read: (id) => company(store.company(id)).identifier },
  };
}

/** Other filterable ticket fields, read from the built ticket. */
const RENDERED: Record<string, FieldType> = {
  'summary': 'string', 'recordtype': 'string', 'priority/id': 'number', 'priority/name': 'string', 'type/id': 'number',
  'type/name': 'string', 'owner/id': 'number', 'owner/identifier': 'string', 'source/name': 'string', 'sla/name': 'string',
  'slastatus': 'string', 'isinsla': 'boolean', 'mergedparentticket/id': 'number', 'dateentered': 'datetime',
  '_info/dateentered': 'datetime', 'dateresolved': 'datetime', 'dateresponded': 'datetime', 'closeddate': 'datetime',
};

/**
 * The ticket fields `conditions` may name, over ticket ids. Column-backed fields cost an array read;
 * the rest build the ticket (once per id in a row).
 *
 * @example
 * ticketFields(store)('board/name')?.read(42); //=> 'Help Desk'
 * ticketFields(store)('nonsense'); //=> null
 */
export function ticketFields(store: TicketStore): FieldCatalog<number> {
  const columns = columnFields(store);
  let builtId = -1;
  let built: object = {};
  const ticket = (id: number): object => {
    if (id !== builtId) {
      built = store.render(id, '');
      builtId = id;
    }
    return built;
  };
  return (path) => {
    const key = path.toLowerCase();
    const column = columns[key];
    if (column) return column;
    const type = RENDERED[key];
    return type ? { type, read: (id) => readPath(ticket(id), path) as string | number | boolean | null | undefined } : null;
  };
}
