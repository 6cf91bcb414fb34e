import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { CHANNELS } from './electron/core/ipc/contract';
import { rendererConfig } from './vite.renderer.config';

// One build for the three processes. Main and preload are bundled for Node/Electron; the
// preload is a single CommonJS file because sandboxed preloads cannot load ES modules. Main's
// dependencies (electron-store, node-schedule, zod) are bundled into out/main too: the packaged
// app then loads no ES module from node_modules inside app.asar, a path Electron has broken more
// than once (electron/electron#40211, #41241, #45896). Only 'electron' stays outside.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: { exclude: ['electron-store', 'node-schedule', 'zod'] },
      rollupOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    // The contract's channels, written into the preload so it needs no import but electron.
    define: { __UNSIT_CHANNELS__: JSON.stringify(CHANNELS) },
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: rendererConfig,
});
