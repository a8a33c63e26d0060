/** The fake-vendor kit (node:http): for connector tests and benchmarks, never for production code. */
export type {
  FakeReply, FakeRequest, FakeRoute, FakeVendorOptions, FakeVendorServer, FaultPlan, RecordedRequest,
} from './fake-vendor.js';
export { seededRandom } from './seeded-random.js';
export { startFakeVendor } from './start-fake-vendor.js';
