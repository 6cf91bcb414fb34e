import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../electron/core/ipc/contract';
import { skipBecause } from '../skip';

const SOURCE = resolve('electron/preload/index.ts');
const BUILT = resolve('out/preload/index.cjs');

/** Runs CommonJS preload code against fake Electron modules and returns what it exposed. */
function runPreload(code: string) {
  const exposed = new Map<string, unknown>();
  const invoked: unknown[][] = [];
  const electron = {
    contextBridge: {
      exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value),
    },
    ipcRenderer: {
      invoke: (...args: unknown[]) => {
        invoked.push(args);
        return Promise.resolve('answer');
      },
      send: () => {
        throw new Error('send must not be used');
      },
    },
  };
  const required: string[] = [];
  const module = { exports: {} };
  const fakeRequire = (name: string) => {
    required.push(name);
    if (name === 'electron') return electron;
    throw new Error(`a sandboxed preload cannot require ${name}`);
  };
  // The build writes the contract's channels in (electron.vite.config.ts); the source gets them
  // as the same global.
  runInNewContext(code, {
    require: fakeRequire,
    module,
    exports: module.exports,
    Object,
    __UNSIT_CHANNELS__: CHANNELS,
  });
  return { exposed, invoked, required };
}

/** The preload as CommonJS, without comments (so only code is inspected). */
function compiledSource(): string {
  return ts.transpileModule(readFileSync(SOURCE, 'utf8'), {
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      removeComments: true,
    },
  }).outputText;
}

describe('preload', () => {
  it('exposes exactly the contract methods on window.unsit, frozen', () => {
    const { exposed } = runPreload(compiledSource());
    expect([...exposed.keys()]).toEqual(['unsit']);
    const api = exposed.get('unsit') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(Object.keys(CHANNELS).sort());
    expect(Object.isFrozen(api)).toBe(true);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('sends each method on its own channel, with the payload only when there is one', async () => {
    const { exposed, invoked } = runPreload(compiledSource());
    const api = exposed.get('unsit') as Record<string, (payload?: unknown) => Promise<unknown>>;
    expect(await api.getSettings?.()).toBe('answer');
    await api.answerReminder?.('snooze');
    expect(invoked).toEqual([[CHANNELS.getSettings], [CHANNELS.answerReminder, 'snooze']]);
  });

  it('has no generic send/invoke and leaks neither process nor ipcRenderer', () => {
    const source = compiledSource();
    expect(source).not.toMatch(/\bprocess\b/);
    expect(source).not.toMatch(/ipcRenderer\.(send|sendSync|on|once|postMessage)\b/);
    expect(source).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
    // invoke is only ever called with a channel from the fixed table.
    for (const call of source.matchAll(/ipcRenderer\.invoke\(([^,)]+)/g)) {
      expect(call[1]?.trim()).toMatch(/^channels\[method\]$/);
    }
  });

  it.skipIf(
    skipBecause(!existsSync(BUILT), `the built preload: ${BUILT} is missing (npm run build)`),
  )('builds to one CommonJS file that requires nothing but electron', () => {
    const { exposed, required } = runPreload(readFileSync(BUILT, 'utf8'));
    expect(new Set(required)).toEqual(new Set(['electron']));
    const api = exposed.get('unsit') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(Object.keys(CHANNELS).sort());
  });
});
