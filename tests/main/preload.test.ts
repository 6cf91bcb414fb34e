import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CHANNELS, EVENTS } from '../../electron/core/ipc/contract';
import { skipBecause } from '../skip';

const SOURCE = resolve('electron/preload/index.ts');
const BUILT = resolve('out/preload/index.cjs');

/** Runs CommonJS preload code against fake Electron modules and returns what it exposed. */
function runPreload(code: string) {
  const exposed = new Map<string, unknown>();
  const invoked: unknown[][] = [];
  const listening = new Map<string, (event: unknown, payload: unknown) => void>();
  const electron = {
    contextBridge: {
      exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value),
    },
    ipcRenderer: {
      invoke: (...args: unknown[]) => {
        invoked.push(args);
        return Promise.resolve('answer');
      },
      on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
        listening.set(channel, listener);
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
    __UNSIT_EVENTS__: EVENTS,
  });
  return { exposed, invoked, required, listening };
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

/** The listener methods the preload adds for main's events: onLanguageChanged... */
const LISTENERS = Object.keys(EVENTS).map(
  (name) => `on${name.charAt(0).toUpperCase()}${name.slice(1)}`,
);

describe('preload', () => {
  it('exposes exactly the contract methods on window.unsit, frozen', () => {
    const { exposed } = runPreload(compiledSource());
    expect([...exposed.keys()]).toEqual(['unsit']);
    const api = exposed.get('unsit') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...Object.keys(CHANNELS), ...LISTENERS].sort());
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
    expect(source).not.toMatch(/ipcRenderer\.(send|sendSync|once|postMessage)\b/);
    // on only ever listens on a channel from the fixed event table.
    for (const call of source.matchAll(/ipcRenderer\.on\(([^,)]+)/g)) {
      expect(call[1]?.trim()).toMatch(/^events\[name\]$/);
    }
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
    expect(Object.keys(api).sort()).toEqual([...Object.keys(CHANNELS), ...LISTENERS].sort());
  });

  it('hands a language listener the payload alone, never the IPC event', () => {
    const { exposed, listening } = runPreload(compiledSource());
    const api = exposed.get('unsit') as Record<string, (listener: (p: unknown) => void) => void>;
    const heard: unknown[] = [];
    api.onLanguageChanged?.((payload) => heard.push(payload));
    const deliver = listening.get(EVENTS.languageChanged);
    expect(deliver).toBeDefined();
    deliver?.({ sender: 'the IPC event' }, { code: 'en' });
    expect(heard).toEqual([{ code: 'en' }]);
  });
});
