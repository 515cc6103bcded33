import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fail, issue, ok, type Result } from '#core/result';

/**
 * PGlite is one Postgres in one process and takes no lock of its own: two processes on one data
 * directory silently lose writes. This lock file makes the second process refuse at once.
 * A lock left by a process that no longer runs (a crash, kill -9) is taken over.
 */
export type DataDirLock = { readonly release: () => void };

const LOCK_FILE = 'counterpart.lock';
/** Lock files this process holds: a lock naming our own pid that is not here was left by an earlier
 * process that had the same pid — the usual case in a container restarted after a crash. */
const heldHere = new Set<string>();

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tryCreate(path: string): boolean {
  try {
    const fd = openSync(path, 'wx');
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

export function lockDataDir(dataDir: string): Result<DataDirLock> {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    if (tryCreate(path)) {
      let released = false;
      heldHere.add(path);
      const release = () => {
        if (released) return;
        released = true;
        heldHere.delete(path);
        try {
          unlinkSync(path);
        } catch {
          // already gone: nothing to release
        }
      };
      process.once('exit', release);
      return ok({ release });
    }
    const holder = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
    const held = holder === process.pid ? heldHere.has(path) : Number.isInteger(holder) && isRunning(holder);
    if (held) {
      return fail([
        issue(
          'data_dir_locked',
          `The data directory ${dataDir} is in use by another Counterpart process (pid ${holder}). ` +
            'The embedded database serves one process only: stop that process first, or set DATABASE_URL ' +
            'to run several instances on PostgreSQL.',
        ),
      ]);
    }
    unlinkSync(path); // stale lock from a process that is gone
  }
  return fail([issue('data_dir_locked', `Could not lock the data directory ${dataDir}.`)]);
}
