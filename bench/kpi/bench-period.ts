/** The generated history: 24 months of tickets, judged as of its end; reviews cover the last 12. */
export const HISTORY_START = Date.UTC(2024, 0, 1);
export const AS_OF = new Date(Date.UTC(2026, 0, 1));
export const REVIEW_FROM = '2025-01-01';
export const REVIEW_TO = '2026-01-01';
