import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

export interface CliResult { code: number; stdout: string; stderr: string }

/** The CLI from source, as `npx quarterdeck` runs it from the build. */
export async function runCli(args: string[], env: NodeJS.ProcessEnv, options: { timeoutMs?: number } = {}): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'api/cli/main.ts', ...args], {
      cwd: PROJECT_ROOT, env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', ...env }, timeout: options.timeoutMs ?? 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
