import type { DaySegment } from './utc-day-intervals.js';
import { DAY_MS } from './wall-clock.js';

/** Builds the working intervals of the UTC days `[firstDay, firstDay + count)`. */
export type BuildDays = (firstDay: number, count: number) => DaySegment;

/** Days held at most (about 179 years, a few MB); longer spans are summed window by window. */
const DEFAULT_MAX_DAYS = 1 << 16;
/** Days built beyond what a query needs, so neighbouring queries hit the cache. */
const PAD_DAYS = 32;
/** Day numbers of the first and last instant a `Date` can hold. */
const FIRST_DAY = -100_000_000;
const LAST_DAY = 100_000_000;
/** The last instant a `Date` can hold. */
const MAX_INSTANT = 8.64e15;

/**
 * A calendar's cache: the working intervals (UTC epoch ms) of a contiguous range of UTC days with
 * a prefix sum of working milliseconds, so the working time before an instant is one index into
 * the day plus a scan of that day's few intervals, and a span is the difference of two of them.
 * Exact: with whole-millisecond instants every value is an integer below 2^53.
 *
 * The range grows lazily (geometrically, so building is amortized O(1) per day, a few µs each)
 * up to `maxDays`; a query far from the cached range starts a new one, and a single span longer
 * than `maxDays` is summed in windows of `maxDays` days (O(days), only for spans of centuries).
 *
 * @example
 * // rules: Mon-Fri 08:00-16:00 in Europe/Helsinki (UTC+2 in March)
 * const table = new WorkingTimeTable((first, count) => buildUtcDays(rules, offsetAt, first, count), Infinity);
 * table.workingMsBetween(Date.parse('2025-03-03T05:00:00Z'), Date.parse('2025-03-03T07:00:00Z')); //=> 3_600_000
 */
export class WorkingTimeTable {
  private firstDay = 0;
  private dayCount = 0;
  /** `dayCount + 1` entries: index of each day's first interval, then the interval count. */
  private dayFirst = new Int32Array(1);
  private starts = new Float64Array(0);
  private ends = new Float64Array(0);
  /** `intervals + 1` entries: working ms from the first day's midnight to each interval's start. */
  private cumulative = new Float64Array(1);

  /**
   * @param buildDays - computes the intervals of days not cached yet.
   * @param lastWorkingDay - a UTC day after which nothing ever works (`Infinity` if work recurs).
   * @param maxDays - the most days held at once.
   */
  constructor(
    private readonly buildDays: BuildDays,
    private readonly lastWorkingDay: number,
    private readonly maxDays = DEFAULT_MAX_DAYS,
  ) {}

  /** Working milliseconds in `[from, to)`; requires `from <= to`, both epoch ms. */
  workingMsBetween(from: number, to: number): number {
    const fromDay = Math.floor(from / DAY_MS);
    const toDay = Math.floor(to / DAY_MS);
    if (fromDay < this.firstDay || toDay >= this.firstDay + this.dayCount) {
      if (toDay - fromDay >= this.maxDays) return this.workingMsByWindows(from, to);
      this.cover(fromDay, toDay);
    }
    return this.workingMsBefore(to) - this.workingMsBefore(from);
  }

  /**
   * The earliest instant `t >= start` with `workingMsBetween(start, t) === workingMs` (the end of
   * an interval, not the next opening, when the target is reached exactly there); `workingMs > 0`.
   *
   * @throws {RangeError} when that instant does not exist or is beyond what a `Date` holds.
   */
  instantAfter(start: number, workingMs: number): number {
    if (start + workingMs > MAX_INSTANT) throw new RangeError('the target is reached after the last instant a Date can hold');
    let from = start;
    let remaining = workingMs;
    let horizon = Math.min(this.maxDays - 1, 7 + Math.ceil((2 * workingMs) / DAY_MS));
    for (;;) {
      const fromDay = Math.floor(from / DAY_MS);
      this.cover(fromDay, Math.min(fromDay + horizon, LAST_DAY));
      const target = this.workingMsBefore(from) + remaining;
      const cachedEnd = this.firstDay + this.dayCount;
      if (target <= this.cumulative[this.cumulative.length - 1]) return this.instantAtWorkingMs(target);
      if (cachedEnd > this.lastWorkingDay) throw new RangeError('the calendar has no working time late enough to reach the target');
      if (cachedEnd > LAST_DAY) throw new RangeError('the target is reached after the last instant a Date can hold');
      if (horizon < this.maxDays - 1) {
        horizon = Math.min(this.maxDays - 1, horizon * 4);
      } else {
        remaining = target - this.cumulative[this.cumulative.length - 1];
        from = cachedEnd * DAY_MS;
      }
    }
  }

  /** Working ms from the first cached midnight to `t`, which must lie in a cached day. */
  private workingMsBefore(t: number): number {
    const day = Math.floor(t / DAY_MS) - this.firstDay;
    const last = this.dayFirst[day + 1];
    let i = this.dayFirst[day];
    while (i < last && this.ends[i] <= t) i++;
    const start = this.starts[i];
    return i < last && t > start ? this.cumulative[i] + (t - start) : this.cumulative[i];
  }

  /** The earliest instant with `workingMsBefore(t) === workingMs`, given 0 < workingMs <= the cached total. */
  private instantAtWorkingMs(workingMs: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.cumulative[middle + 1] >= workingMs) high = middle;
      else low = middle + 1;
    }
    return this.starts[low] + (workingMs - this.cumulative[low]);
  }

  private workingMsByWindows(from: number, to: number): number {
    let total = 0;
    for (let windowStart = from; windowStart < to; ) {
      const startDay = Math.floor(windowStart / DAY_MS);
      const windowEnd = Math.min(to, (startDay + this.maxDays - 1) * DAY_MS);
      this.cover(startDay, Math.floor(windowEnd / DAY_MS));
      total += this.workingMsBefore(windowEnd) - this.workingMsBefore(windowStart);
      windowStart = windowEnd;
    }
    return total;
  }

  /** Makes the days `[low, high]` cached, given `high - low < maxDays`. */
  private cover(low: number, high: number): void {
    const cachedEnd = this.firstDay + this.dayCount;
    if (low >= this.firstDay && high < cachedEnd) return;
    const unionFirst = Math.min(low, this.firstDay);
    const unionEnd = Math.max(high + 1, cachedEnd);
    if (this.dayCount === 0 || unionEnd - unionFirst > this.maxDays) {
      const pad = Math.max(0, Math.min(PAD_DAYS, Math.floor((this.maxDays - (high + 1 - low)) / 2)));
      const first = Math.max(FIRST_DAY, low - pad);
      const end = Math.min(LAST_DAY + 1, high + 1 + pad);
      this.install(first, end, [this.buildDays(first, end - first)], [end - first]);
      return;
    }
    const growth = Math.max(PAD_DAYS, this.dayCount);
    let first = low < this.firstDay ? Math.max(FIRST_DAY, Math.min(low - PAD_DAYS, this.firstDay - growth)) : this.firstDay;
    let end = high >= cachedEnd ? Math.min(LAST_DAY + 1, Math.max(high + 1 + PAD_DAYS, cachedEnd + growth)) : cachedEnd;
    let excess = end - first - this.maxDays;
    if (excess > 0) {
      const cut = Math.min(excess, unionFirst - first);
      first += cut;
      excess -= cut;
      end -= excess;
    }
    const segments: DaySegment[] = [];
    const dayCounts: number[] = [];
    if (first < this.firstDay) {
      segments.push(this.buildDays(first, this.firstDay - first));
      dayCounts.push(this.firstDay - first);
    }
    segments.push({ dayFirst: this.dayFirst, starts: this.starts, ends: this.ends });
    dayCounts.push(this.dayCount);
    if (end > cachedEnd) {
      segments.push(this.buildDays(cachedEnd, end - cachedEnd));
      dayCounts.push(end - cachedEnd);
    }
    this.install(first, end, segments, dayCounts);
  }

  /** Replaces the cache with consecutive segments covering the days `[first, end)`. */
  private install(first: number, end: number, segments: readonly DaySegment[], dayCounts: readonly number[]): void {
    let intervalCount = 0;
    for (const segment of segments) intervalCount += segment.starts.length;
    const dayFirst = new Int32Array(end - first + 1);
    const starts = new Float64Array(intervalCount);
    const ends = new Float64Array(intervalCount);
    const cumulative = new Float64Array(intervalCount + 1);
    let day = 0;
    let interval = 0;
    segments.forEach((segment, s) => {
      for (let d = 0; d < dayCounts[s]; d++) dayFirst[day++] = interval + segment.dayFirst[d];
      for (let i = 0; i < segment.starts.length; i++, interval++) {
        starts[interval] = segment.starts[i];
        ends[interval] = segment.ends[i];
        cumulative[interval + 1] = cumulative[interval] + (segment.ends[i] - segment.starts[i]);
      }
    });
    dayFirst[day] = interval;
    this.firstDay = first;
    this.dayCount = end - first;
    this.dayFirst = dayFirst;
    this.starts = starts;
    this.ends = ends;
    this.cumulative = cumulative;
  }
}
