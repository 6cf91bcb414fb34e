import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBusyDetectors } from '../../../electron/main/busy/detectors';
import {
  alsaCaptureRunning,
  isOwnProcess,
  processesHolding,
} from '../../../electron/main/busy/proc';
import { skipBecause } from '../../skip';

/** The detectors against this machine's own /proc and tools, where it has them. */
const noProc = process.platform !== 'linux' || !existsSync('/proc/self/fd');

describe.skipIf(skipBecause(noProc, 'no /proc on this system: the Linux detectors read it'))(
  'Linux detectors on this machine',
  () => {
    const started: ChildProcess[] = [];
    const dirs: string[] = [];
    afterEach(() => {
      started.splice(0).forEach((child) => child.kill());
      dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
    });

    /** A process that opens `file` and keeps it open until it is stopped. */
    async function holder(file: string): Promise<ChildProcess> {
      const script = `require('fs').openSync(${JSON.stringify(file)}, 'r'); console.log('open'); process.stdin.resume();`;
      const child = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
      started.push(child);
      await new Promise<void>((resolve, reject) => {
        child.stdout!.once('data', () => resolve());
        child.once('exit', () => reject(new Error('the holder exited early')));
      });
      return child;
    }

    it("finds the process that holds a file open, through /proc's fd links", async () => {
      const dir = mkdtempSync(join(tmpdir(), 'unsit-busy-real-'));
      dirs.push(dir);
      const file = join(dir, 'device');
      writeFileSync(file, '');
      expect(processesHolding('/', (target) => target === file)).toEqual([]);
      const child = await holder(file);
      expect(processesHolding('/', (target) => target === file)).toEqual([child.pid]);
      // Started by this test process: one of "ours" when this process counts as Unsit.
      expect(isOwnProcess('/', child.pid!, [process.pid])).toBe(true);
      expect(isOwnProcess('/', child.pid!, [child.pid! + 100_000])).toBe(false);
    });

    it.skipIf(skipBecause(!existsSync('/proc/asound'), 'no /proc/asound (no sound cards) here'))(
      "agrees with the kernel's own capture status files",
      () => {
        const statuses = readdirSync('/proc/asound')
          .filter((card) => /^card\d+$/.test(card))
          .flatMap((card) =>
            readdirSync(`/proc/asound/${card}`)
              .filter((pcm) => /^pcm\d+c$/.test(pcm))
              .flatMap((pcm) =>
                readdirSync(`/proc/asound/${card}/${pcm}`)
                  .filter((sub) => sub.startsWith('sub'))
                  .map((sub) => readFileSync(`/proc/asound/${card}/${pcm}/${sub}/status`, 'utf8')),
              ),
          );
        const running = statuses.some((status) => status.includes('state: RUNNING'));
        // A pid no process has: nothing is excluded as Unsit's own.
        expect(alsaCaptureRunning('/', [0x7fffffff])).toBe(running);
      },
    );

    it('probes every detector against the real system without throwing, missing tools included', async () => {
      const detectors = createBusyDetectors('linux', {
        env: process.env,
        ownPids: () => [process.pid],
        execPath: process.execPath,
      });
      expect(detectors.length).toBeGreaterThan(0);
      for (const detector of detectors) {
        await expect(detector.supported()).resolves.toBeTypeOf('boolean');
        await expect(detector.probe()).resolves.toBeTypeOf('boolean');
      }
    });
  },
);
