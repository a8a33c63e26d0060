import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../http/app.js';
import type { Runtime } from './runtime.js';
import type { RunningServices } from './start-services.js';

/**
 * Serves the API until SIGINT/SIGTERM, then closes the HTTP server, the job workers, the ORM and
 * (when this process started it) the embedded PostgreSQL. Resolves with the base URL once listening.
 */
export async function serve(runtime: Runtime, services: RunningServices, onStopped: () => void = () => process.exit(0)): Promise<string> {
  const { config, logger, orm } = runtime;
  const app = await createApp(orm, config, logger, services.sync);
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.express.listen(config.port, config.host, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host}:${port}`;
  stopOnSignal(runtime, async () => {
    await new Promise((resolve) => server.close(resolve));
    await app.stop();
    await services.stop();
  }, onStopped);
  return url;
}

/** On the first SIGINT/SIGTERM: `stop`, then close the runtime, then `onStopped`. */
export function stopOnSignal(runtime: Runtime, stop: () => Promise<void>, onStopped: () => void = () => process.exit(0)): void {
  let stopping = false;
  const handler = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    runtime.logger.info({ signal }, 'stopping');
    await stop();
    await runtime.close();
    onStopped();
  };
  process.once('SIGINT', () => void handler('SIGINT'));
  process.once('SIGTERM', () => void handler('SIGTERM'));
}
