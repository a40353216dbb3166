// The progress line the CLI keeps on stderr while it checks an archive: files done, findings, rate and ETA.
// Drawn only when stderr is a terminal; a log file or a CI pipe gets none of it.

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(s: string): boolean;
}

/** "1,200/2,225 files · 3,410 findings · 410 files/s · ETA 3 s" (rate in files per second, ETA rounded up). */
export function progressLine(done: number, total: number, findings: number, elapsedMs: number, width = 80): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const eta = rate > 0 ? Math.ceil((total - done) / rate) : null;
  const n = (x: number) => x.toLocaleString('en-GB');
  const text = `${n(done)}/${n(total)} files · ${n(findings)} finding${findings === 1 ? '' : 's'} · ${rate >= 10 ? Math.round(rate) : rate.toFixed(1)} files/s · ETA ${eta === null ? '?' : `${eta} s`}`;
  const barWidth = Math.max(0, Math.min(30, width - text.length - 4));
  if (barWidth < 10) return text.slice(0, Math.max(0, width - 1));
  const filled = total > 0 ? Math.round((barWidth * done) / total) : barWidth;
  return `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}] ${text}`;
}

/**
 * Redraws the progress line at most every `intervalMs` on a terminal `stream`; does nothing on any other stream.
 * `note` prints a line (a warning) above the bar without garbling it; `done` erases the bar.
 */
export class Progress {
  private readonly started: number;
  private lastDraw = 0;
  private drawn = false;
  private readonly enabled: boolean;

  constructor(private readonly stream: ProgressStream, private readonly total: number, private readonly intervalMs = 100, private readonly now = () => Date.now()) {
    this.enabled = stream.isTTY === true && total > 1;
    this.started = now();
  }

  update(done: number, findings: number): void {
    if (!this.enabled) return;
    const t = this.now();
    if (t - this.lastDraw < this.intervalMs && done < this.total) return;
    this.lastDraw = t;
    this.stream.write(`\r\x1b[K${progressLine(done, this.total, findings, t - this.started, this.stream.columns ?? 80)}`);
    this.drawn = true;
  }

  note(line: string): void {
    this.clear();
    this.stream.write(`${line}\n`);
  }

  done(): void {
    this.clear();
  }

  private clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
    this.lastDraw = 0;
  }
}
