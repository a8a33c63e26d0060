import type { ConnectorContext } from '../sdk/index.js';
import type { ConnectWiseConfig } from './connectwise-config.js';

/**
 * One minimal authenticated call, `GET /system/info` (ai-connor/connectwise api_system_info.go). The
 * shared client turns a 401 / 403 into ConnectorError(`auth`).
 *
 * @example
 * await checkConnectWise(ctx); //=> undefined, or throws ConnectorError('auth', ...) on bad keys
 */
export async function checkConnectWise(context: ConnectorContext<ConnectWiseConfig>): Promise<void> {
  await context.http.request({ url: '/system/info' });
}
