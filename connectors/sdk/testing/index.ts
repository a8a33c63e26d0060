/** The connector acceptance suite and test helpers (vitest): for connector tests only. */
export type { AcceptanceFixture, AcceptanceSuiteOptions } from './acceptance-harness.js';
export { caught } from './caught.js';
export { compareCursors } from './compare-cursors.js';
export { connectorAcceptanceSuite } from './connector-acceptance-suite.js';
export { createMemoryLogger, type LogLine, type MemoryLogger } from './memory-logger.js';
