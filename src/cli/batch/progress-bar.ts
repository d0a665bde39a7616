/** What the progress line says: articles done of the total, the rate and the time left. */
export function progressLine(done: number, total: number, elapsedMs: number, width = 30): string {
  const share = total ? done / total : 1;
  const filled = Math.round(share * width);
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const left = rate > 0 ? (total - done) / rate : NaN;
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}  ${rate.toFixed(1)} articles/s  ${clock(left)} left`;
}

/** Seconds as m:ss (or h:mm:ss), `?` while unknown. */
function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const whole = Math.ceil(seconds);
  const [h, m, s] = [Math.floor(whole / 3600), Math.floor((whole % 3600) / 60), whole % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** A progress bar redrawn in place on a terminal (at most every 100 ms); messages print above it. */
export class ProgressBar {
  private drawnAt = 0;
  private readonly startedAt = Date.now();
  private done = 0;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly total: number
  ) {}

  /** Counts one article done and redraws when it is time. */
  tick(): void {
    this.done++;
    const now = Date.now();
    if (now - this.drawnAt >= 100 || this.done === this.total) {
      this.drawnAt = now;
      this.draw();
    }
  }

  /** Prints a line above the bar. */
  message(line: string): void {
    this.stream.write(`\r\x1b[2K${line}\n`);
    this.draw();
  }

  /** Leaves the bar's final state on its own line. */
  finish(): void {
    this.draw();
    this.stream.write('\n');
  }

  private draw(): void {
    this.stream.write(`\r\x1b[2K${progressLine(this.done, this.total, Date.now() - this.startedAt)}`);
  }
}
