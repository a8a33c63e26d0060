import { Command } from 'commander';
import { openRuntime } from './runtime.js';
import { stopOnSignal } from './serve.js';
import { startServices } from './start-services.js';

/** `quarterdeck worker`: works the sync queues without serving HTTP, so several machines share the work. */
export function workerCommand(): Command {
  return new Command('worker').description('run sync job workers only (several may share one database)').action(async () => {
    const runtime = await openRuntime();
    const services = await startServices(runtime, true);
    stopOnSignal(runtime, () => services.stop());
    runtime.logger.info('worker started');
    console.log('quarterdeck worker: working the sync queues (Ctrl-C stops)');
  });
}
