import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockDataDir } from '#store/data-dir-lock';

const tempDir = () => mkdtempSync(join(tmpdir(), 'cp-lock-'));

describe('lockDataDir', () => {
  it('refuses a second holder while the first holds it, and frees it on release', () => {
    const dir = tempDir();
    const first = lockDataDir(dir);
    expect(first.ok).toBe(true);
    const second = lockDataDir(dir);
    expect(second).toMatchObject({ ok: false, issues: [{ code: 'data_dir_locked' }] });
    if (!second.ok)
      expect(second.issues[0]?.message).toMatch(/in use by another Counterpart process \(pid \d+\)/);
    if (first.ok) first.value.release();
    const third = lockDataDir(dir);
    expect(third.ok).toBe(true);
    if (third.ok) third.value.release();
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, ['-e', '0']);
    const deadPid = child.pid!;
    await new Promise((resolve) => child.on('exit', resolve));
    writeFileSync(join(dir, 'counterpart.lock'), String(deadPid));
    const lock = lockDataDir(dir);
    expect(lock.ok).toBe(true);
    expect(readFileSync(join(dir, 'counterpart.lock'), 'utf8')).toBe(String(process.pid));
    if (lock.ok) lock.value.release();
  });

  it('takes over a lock naming its own pid that it does not hold (a restarted container reuses pids)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'counterpart.lock'), String(process.pid));
    const lock = lockDataDir(dir);
    expect(lock.ok).toBe(true);
    // and still refuses a second lock on the same directory from this same process
    expect(lockDataDir(dir)).toMatchObject({ ok: false, issues: [{ code: 'data_dir_locked' }] });
    if (lock.ok) lock.value.release();
  });
});
