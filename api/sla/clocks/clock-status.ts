import { StatusCategory } from '../../tickets/status-category.js';

/**
 * The category a clock sees: UNMAPPED behaves as OPEN (kpi-sla.md), everything else as itself.
 *
 * @example
 * clockStatus(StatusCategory.UNMAPPED); //=> StatusCategory.OPEN
 * clockStatus(StatusCategory.WAITING_CUSTOMER); //=> StatusCategory.WAITING_CUSTOMER
 */
export function clockStatus(status: StatusCategory): StatusCategory {
  return status === StatusCategory.UNMAPPED ? StatusCategory.OPEN : status;
}
