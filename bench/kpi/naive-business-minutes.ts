import { DateTime } from 'luxon';
import type { BusinessCalendarSpec } from '../../api/sla/calendar/business-calendar.js';

/**
 * The day-by-day loop baseline: for each local date the span touches, work out that day's
 * working intervals with luxon (weekday hours unless a holiday) and intersect them with the span.
 * Handles weekly hours and holidays (no date exceptions), which is all the bench calendar uses.
 */
export function naiveBusinessMinutes(spec: BusinessCalendarSpec): (from: number, to: number) => number {
  const weekly = new Map<number, { start: [number, number]; end: [number, number] }[]>();
  const hm = (s: string) => s.split(':').map(Number) as [number, number];
  for (const w of spec.weeklyIntervals) weekly.set(w.weekday, [...(weekly.get(w.weekday) ?? []), { start: hm(w.start), end: hm(w.end) }]);
  const yearly = new Set(spec.holidays.filter((h) => h.yearly).map((h) => h.date.slice(5)));
  const oneOff = new Set(spec.holidays.filter((h) => !h.yearly).map((h) => h.date));
  const zone = spec.timeZone;
  return (from, to) => {
    let ms = 0;
    for (let day = DateTime.fromMillis(from, { zone }).startOf('day'); day.toMillis() < to; day = day.plus({ days: 1 })) {
      const date = day.toISODate()!;
      if (oneOff.has(date) || yearly.has(date.slice(5))) continue;
      for (const { start, end } of weekly.get(day.weekday) ?? []) {
        const s = day.set({ hour: start[0], minute: start[1] }).toMillis();
        const e = end[0] === 24 ? day.plus({ days: 1 }).toMillis() : day.set({ hour: end[0], minute: end[1] }).toMillis();
        const lo = Math.max(s, from);
        const hi = Math.min(e, to);
        if (hi > lo) ms += hi - lo;
      }
    }
    return ms / 60_000;
  };
}
