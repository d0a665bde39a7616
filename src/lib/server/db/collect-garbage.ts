import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | undefined;

/**
 * Runs V8's garbage collector now. Why: libsql closes a connection's file only when the
 * connection's objects are collected, not when the client is closed; until then SQLite shares
 * that connection's view of the file with every new connection in the process, so a file that
 * was opened read-only stays read-only for them, whatever its permissions have become.
 */
export function collectGarbage(): void {
  if (!collect) {
    // The way to reach `gc` without starting node with --expose-gc.
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
}
