import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../http/app.js';
import type { Runtime } from './runtime.js';

/**
 * Serves the API until SIGINT/SIGTERM, then closes the HTTP server, the ORM and (when this
 * process started it) the embedded PostgreSQL. Resolves with the base URL once listening.
 */
export async function serve(runtime: Runtime, onStopped: () => void = () => process.exit(0)): Promise<string> {
  const { config, logger, orm } = runtime;
  const app = await createApp(orm, config, logger);
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.express.listen(config.port, config.host, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host}:${port}`;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    await new Promise((resolve) => server.close(resolve));
    await app.stop();
    await runtime.close();
    onStopped();
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  return url;
}
