/** The fake ConnectWise tenant, for tests, benchmarks and the demo; never for production code. */
export { connectWiseTruth, type ConnectWiseTruth, type TicketTruth } from './connectwise-truth.js';
export { signCallback } from './sign-callback.js';
export {
  startFakeConnectWise, type FakeConnectWise, type FakeConnectWiseOptions, type SendCallbackOptions,
} from './start-fake-connectwise.js';
