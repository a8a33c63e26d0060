import type { BusinessCalendarSpec } from '../../api/sla/calendar/business-calendar.js';

const WEEKDAYS = [1, 2, 3, 4, 5];

/** Finnish public holidays: fixed dates yearly, moving feasts as one-off dates for 2023-2027. */
const YEARLY = ['01-01', '01-06', '05-01', '12-06', '12-24', '12-25', '12-26'];
const ONE_OFF = [
  '2023-04-07', '2023-04-10', '2023-05-18', '2023-06-23',
  '2024-03-29', '2024-04-01', '2024-05-09', '2024-06-21',
  '2025-04-18', '2025-04-21', '2025-05-29', '2025-06-20',
  '2026-04-03', '2026-04-06', '2026-05-14', '2026-06-19',
  '2027-03-26', '2027-03-29', '2027-05-06', '2027-06-25',
];

/** Europe/Helsinki, Mon-Fri 08:00-16:00, with holidays: the SLA-clock bench calendar. */
export const HELSINKI_BUSINESS_HOURS: BusinessCalendarSpec = {
  timeZone: 'Europe/Helsinki',
  weeklyIntervals: WEEKDAYS.map((weekday) => ({ weekday, start: '08:00', end: '16:00' })),
  holidays: [
    ...YEARLY.map((md) => ({ date: `2024-${md}`, name: `yearly ${md}`, yearly: true })),
    ...ONE_OFF.map((date) => ({ date, name: 'moving holiday', yearly: false })),
  ],
  exceptions: [],
};

/** America/New_York, Mon-Fri 09:00-17:00, US federal fixed-date holidays. */
export const NEW_YORK_BUSINESS_HOURS: BusinessCalendarSpec = {
  timeZone: 'America/New_York',
  weeklyIntervals: WEEKDAYS.map((weekday) => ({ weekday, start: '09:00', end: '17:00' })),
  holidays: ['01-01', '07-04', '11-11', '12-25'].map((md) => ({ date: `2024-${md}`, yearly: true })),
  exceptions: [],
};
