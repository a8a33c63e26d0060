import type { ConnectorLogger } from '../logger.js';

export interface LogLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  object: Record<string, unknown>;
  message?: string;
}

export interface MemoryLogger {
  log: ConnectorLogger;
  lines: LogLine[];
  /** Every line as JSON, one per line: what a log shipper would see, for "never logs a secret" checks. */
  text(): string;
  clear(): void;
}

/**
 * A ConnectorLogger that keeps its lines, so tests can assert what was (and was not) logged.
 *
 * @example
 * const memory = createMemoryLogger();
 * memory.log.warn({ attempt: 1 }, 'http retry');
 * memory.lines; //=> [{ level: 'warn', object: { attempt: 1 }, message: 'http retry' }]
 */
export function createMemoryLogger(): MemoryLogger {
  const lines: LogLine[] = [];
  const at = (level: LogLine['level']) => (object: Record<string, unknown>, message?: string): void => {
    lines.push({ level, object, message });
  };
  return {
    log: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') },
    lines,
    text: () => lines.map((line) => JSON.stringify(line)).join('\n'),
    clear: () => {
      lines.length = 0;
    },
  };
}
