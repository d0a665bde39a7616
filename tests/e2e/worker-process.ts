import { spawn, type ChildProcess } from 'node:child_process';

/** An analysis worker of a test's own: `node scripts/worker.mjs` on a PostgreSQL database. */
export interface WorkerProcess {
  child: ChildProcess;
  output: () => string;
  /** SIGKILL, waiting for it to be gone: no cleanup of any kind, as in a crash. */
  kill: () => Promise<void>;
  /** SIGTERM, waiting for it to exit. */
  stop: () => Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Starts a worker on `database`, resolving once it takes jobs. */
export async function startWorker(
  database: string,
  env: Record<string, string> = {}
): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ['scripts/worker.mjs'], {
    cwd: process.cwd(),
    env: { ...process.env, ...env, WIREMAP_DB: database },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const worker: WorkerProcess = {
    child,
    output: () => output,
    kill: async () => {
      child.kill('SIGKILL');
      await exited(child);
    },
    stop: async () => {
      const forceKill = setTimeout(() => child.kill('SIGKILL'), 15_000);
      child.kill('SIGTERM');
      await exited(child);
      clearTimeout(forceKill);
    }
  };
  const deadline = Date.now() + 90_000;
  while (!output.includes('worker: taking analyses')) {
    if (child.exitCode !== null) throw new Error(`the worker exited (${child.exitCode}):\n${output}`);
    if (Date.now() > deadline) {
      await worker.kill();
      throw new Error(`the worker did not start within 90 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return worker;
}
