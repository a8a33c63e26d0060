import type { Connector } from '../../../connectors/sdk/index.js';
import { connectwise } from '../../../connectors/connectwise/index.js';

/** The connectors that ship with Quarterdeck; plugins add to these (QD_CONNECTOR_PLUGINS). */
export const BUILT_IN_CONNECTORS: readonly Connector<any>[] = [connectwise];
