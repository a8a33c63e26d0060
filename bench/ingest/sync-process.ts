import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { StreamOutcome } from '../../api/sync/engine/sync-engine.js';

export interface SyncProcessResult {
  durationMs: number;
  outcomes: StreamOutcome[];
  peakRssMb: number;
}

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Runs `quarterdeck connectors sync <instance> --json` in its own process, as an operator would, and
 * samples its resident memory from /proc every 100 ms: the peak is the sync's, not this bench's (the
 * fake vendor lives here, in another process).
 */
export async function runSyncProcess(env: NodeJS.ProcessEnv, instance: string, tenant: string): Promise<SyncProcessResult> {
  // The built CLI, as production runs it (npm run bench:ingest builds first): no TypeScript loader in memory.
  const child = spawn(process.execPath, ['dist/api/cli/main.js', 'connectors', 'sync', instance, '--tenant', tenant, '--json'],
    { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'warn', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  let peakKb = 0;
  const sampler = setInterval(async () => {
    const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => '');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    peakKb = Math.max(peakKb, kb);
  }, 100);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(sampler);
  const line = stdout.trim().split('\n').at(-1) ?? '';
  if (!line.startsWith('{')) throw new Error(`sync process exited ${code}: ${stderr || stdout}`);
  const result = JSON.parse(line) as { durationMs: number; outcomes: StreamOutcome[] };
  if (code !== 0) throw new Error(`sync failed: ${JSON.stringify(result.outcomes.map((o) => [o.stream, o.status, o.error]))}`);
  return { ...result, peakRssMb: peakKb / 1024 };
}
