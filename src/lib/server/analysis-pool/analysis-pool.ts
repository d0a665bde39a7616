import { Worker } from 'node:worker_threads';
import type { AnalysisJob } from './analysis-forms';
import { AnalysisRefused } from './analysis-refused';

export interface AnalysisPoolOptions {
  /** How many worker threads analyse at once. */
  size: number;
  /** How long one article's analysis may take, in ms, before it is stopped and refused. */
  budgetMs: number;
  /** The bundled worker script (analysis-worker.ts), found once, when the first thread starts. */
  workerFile: () => Promise<string | URL>;
}

interface Pending {
  job: AnalysisJob;
  resolve: (output: string) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  ready: boolean;
  running: Pending | null;
  timer?: NodeJS.Timeout;
}

type WorkerMessage = { ready: true } | { ok: true; output: string } | { ok: false; message: string };

/**
 * Analyses articles on worker threads, so the thread that answers requests never runs an
 * analysis: jobs queue in order and each idle thread takes the next. An analysis that runs over
 * the time budget is refused (AnalysisRefused) and its thread terminated; a new one replaces it.
 * Idle threads do not keep the process alive.
 */
export class AnalysisPool {
  private readonly threads: (Thread | null)[];
  private readonly waiting: Pending[] = [];
  private file: string | URL | undefined;
  private finding: Promise<void> | undefined;
  private closed = false;

  constructor(private readonly options: AnalysisPoolOptions) {
    this.threads = Array.from({ length: Math.max(1, options.size) }, () => null);
  }

  /** The analysis of `job.text` in `job.form`, once a thread is free; rejects with AnalysisRefused over budget. */
  run(job: AnalysisJob): Promise<string> {
    if (this.closed) return Promise.reject(new Error('the analysis pool is closed'));
    return new Promise((resolve, reject) => {
      this.waiting.push({ job, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every thread; jobs not finished are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.waiting.splice(0)) pending.reject(new Error('the analysis pool was closed'));
    await Promise.all(
      this.threads.map((thread, i) => {
        if (!thread) return;
        this.retire(i);
        thread.running?.reject(new Error('the analysis pool was closed'));
        return thread.worker.terminate();
      })
    );
  }

  private dispatch(): void {
    if (this.closed || !this.waiting.length) return;
    if (this.file === undefined) {
      this.finding ??= this.options.workerFile().then(
        (file) => {
          this.file = file;
          this.dispatch();
        },
        (error: unknown) => {
          this.finding = undefined;
          this.failWaiting(new Error(`the analysis worker could not be prepared: ${String(error)}`));
        }
      );
      return;
    }
    for (let i = 0; i < this.threads.length && this.waiting.length; i++) {
      const thread = this.threads[i];
      if (!thread) this.start(i, this.file);
      else if (thread.ready && !thread.running) this.assign(thread, this.waiting.shift()!);
    }
  }

  private start(i: number, file: string | URL): void {
    const thread: Thread = { worker: new Worker(file), ready: false, running: null };
    this.threads[i] = thread;
    thread.worker.on('message', (message: WorkerMessage) => this.answered(i, thread, message));
    thread.worker.on('error', (error) => this.failed(i, thread, error));
    thread.worker.on('exit', (code) =>
      this.failed(i, thread, new Error(`the analysis worker thread stopped (exit code ${code})`))
    );
  }

  private assign(thread: Thread, pending: Pending): void {
    thread.running = pending;
    thread.worker.ref();
    thread.timer = setTimeout(() => this.overBudget(thread), this.options.budgetMs);
    thread.worker.postMessage(pending.job);
  }

  private answered(i: number, thread: Thread, message: WorkerMessage): void {
    if (this.threads[i] !== thread) return;
    if ('ready' in message) thread.ready = true;
    else {
      const pending = thread.running;
      clearTimeout(thread.timer);
      thread.running = null;
      if (message.ok) pending?.resolve(message.output);
      else pending?.reject(new Error(`the analysis failed: ${message.message}`));
    }
    this.dispatch();
    // An idle thread must not keep a finished CLI or test process alive; a starting or busy one does.
    if (!thread.running) thread.worker.unref();
  }

  private overBudget(thread: Thread): void {
    const i = this.threads.indexOf(thread);
    if (i < 0 || !thread.running) return;
    const pending = thread.running;
    this.retire(i);
    void thread.worker.terminate();
    const seconds = this.options.budgetMs / 1000;
    pending.reject(
      new AnalysisRefused(
        `the analysis of this article took longer than ${seconds} s, the time allowed for one ` +
          'article (WIREMAP_ANALYSIS_BUDGET_MS), and was stopped'
      )
    );
    this.dispatch();
  }

  /** A thread died (an uncaught error, out of memory): its job fails; a thread that never got ready fails them all. */
  private failed(i: number, thread: Thread, error: Error): void {
    if (this.threads[i] !== thread) return;
    this.retire(i);
    const reason = new Error(`the analysis worker thread failed: ${error.message}`);
    if (thread.running) thread.running.reject(reason);
    // A thread that cannot even start would be replaced forever; refuse what waits instead.
    if (!thread.ready) this.failWaiting(reason);
    this.dispatch();
  }

  private retire(i: number): void {
    const thread = this.threads[i];
    if (thread) clearTimeout(thread.timer);
    this.threads[i] = null;
  }

  private failWaiting(error: Error): void {
    for (const pending of this.waiting.splice(0)) pending.reject(error);
  }
}
