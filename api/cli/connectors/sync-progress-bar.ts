import cliProgress from 'cli-progress';
import type { SyncProgress } from '../../sync/engine/sync-engine.js';

/**
 * A progress bar per stream on stderr while a sync runs: records read of the vendor's count when it
 * gave one, with pages and what was written. Silent when stderr is not a terminal (CI, pipes).
 */
export class SyncProgressBar {
  private bar: cliProgress.SingleBar | null = null;
  private stream: string | null = null;

  constructor(private readonly enabled: boolean = Boolean(process.stderr.isTTY)) {}

  update(progress: SyncProgress): void {
    if (!this.enabled) return;
    if (this.stream !== progress.stream) {
      this.stop();
      this.stream = progress.stream;
      this.bar = new cliProgress.SingleBar({
        format: `${progress.stream.padEnd(16)} {bar} {value}/{total} records | {pages} pages | +{inserted} new ~{updated} changed ={unchanged} same`,
        hideCursor: true, stream: process.stderr,
      }, cliProgress.Presets.shades_classic);
      this.bar.start(progress.total ?? 0, 0, fields(progress));
    }
    const total = Math.max(progress.total ?? 0, progress.read);
    this.bar!.setTotal(total);
    this.bar!.update(progress.read, fields(progress));
  }

  stop(): void {
    this.bar?.stop();
    this.bar = null;
  }
}

const fields = (p: SyncProgress) => ({ pages: p.pages, inserted: p.inserted, updated: p.updated, unchanged: p.unchanged });
