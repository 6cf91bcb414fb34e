import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createProcessScanner } from '../../../electron/main/busy/proc';
import { FakeRoot } from './fakes';

const roots: FakeRoot[] = [];
afterEach(() => roots.splice(0).forEach((r) => r.remove()));
const newRoot = () => {
  const root = new FakeRoot();
  roots.push(root);
  return root;
};
const camera = (target: string) => /^\/dev\/video\d+$/.test(target);

/** A kernel thread as /proc shows it: no executable, no open files. */
function kernelThread(root: FakeRoot, pid: number) {
  mkdirSync(join(root.dir, 'proc', String(pid), 'fd'), { recursive: true });
}

describe('the /proc scanner behind the camera probe', () => {
  it('finds the first holder, passing over the pids it is told to and a helper it may skip', () => {
    const root = newRoot()
      .process(40, { open: ['/dev/video0'] })
      .process(41, { open: ['/dev/video0'] })
      .process(42, { open: ['/dev/video0'] });
    const scanner = createProcessScanner(root.dir);
    expect(scanner.all(camera)).toEqual([40, 41, 42]);
    expect(scanner.first(camera)).toBe(40);
    expect(scanner.first(camera, { passOver: new Set([40]), skip: (pid) => pid === 41 })).toBe(42);
    expect(scanner.first(camera, { passOver: new Set([40, 42]), skip: (pid) => pid === 41 })).toBe(
      null,
    );
  });

  it('asks the holder it found last first, while the call goes on', () => {
    const root = newRoot()
      .process(40, { open: ['/dev/video0'] })
      .process(41, { open: ['/dev/video0'] });
    const scanner = createProcessScanner(root.dir);
    expect(scanner.first(camera)).toBe(40);
    rmSync(join(root.dir, 'proc', '40', 'fd', '2'));
    expect(scanner.first(camera)).toBe(41);
    symlinkSync('/dev/video0', join(root.dir, 'proc', '40', 'fd', '2'));
    expect(scanner.first(camera)).toBe(41);
    expect(scanner.first(camera, { skip: (pid) => pid === 41 })).toBe(40);
  });

  it("never reads process 1's files: the system's first process holds no call", () => {
    const root = newRoot().process(1, { open: ['/dev/video0'] });
    expect(createProcessScanner(root.dir).first(camera)).toBeNull();
  });

  it('remembers a kernel thread while it lives, and reads its pid afresh once it is gone', () => {
    const root = newRoot().process(300, { open: ['/tmp/log'] });
    kernelThread(root, 77);
    const scanner = createProcessScanner(root.dir);
    expect(scanner.first(camera)).toBeNull();
    // Remembered as one that cannot hold a camera: its files are no longer read.
    symlinkSync('/dev/video0', join(root.dir, 'proc', '77', 'fd', '0'));
    expect(scanner.first(camera)).toBeNull();
    // The thread ends; a scan sees it gone; a new process that gets the pid is read.
    rmSync(join(root.dir, 'proc', '77'), { recursive: true });
    expect(scanner.first(camera)).toBeNull();
    root.process(77, { comm: 'zoom', open: ['/dev/video0'] });
    expect(scanner.first(camera)).toBe(77);
  });

  it('forgets what it remembered once its last full scan is more than two minutes old', () => {
    const root = newRoot().process(300, { open: ['/tmp/log'] });
    kernelThread(root, 77);
    let now = 0;
    const scanner = createProcessScanner(root.dir, () => now);
    expect(scanner.first(camera)).toBeNull();
    // Between two far-apart scans the pid may have been handed to a new process.
    symlinkSync('/dev/video0', join(root.dir, 'proc', '77', 'fd', '0'));
    now += 60_000;
    expect(scanner.first(camera)).toBeNull();
    now += 2 * 60_000 + 1;
    expect(scanner.first(camera)).toBe(77);
  });

  it('reads a new process with no files yet again at the next scan, as it may open the camera', () => {
    const root = newRoot();
    // A process that has an executable but no open files at this moment.
    kernelThread(root, 90);
    symlinkSync('/usr/bin/zoom', join(root.dir, 'proc', '90', 'exe'));
    const scanner = createProcessScanner(root.dir);
    expect(scanner.first(camera)).toBeNull();
    symlinkSync('/dev/video0', join(root.dir, 'proc', '90', 'fd', '0'));
    expect(scanner.first(camera)).toBe(90);
  });
});
