import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { CHANNELS } from './electron/core/ipc/contract';
import { rendererConfig } from './vite.renderer.config';

// One build for the three processes. Main and preload are bundled for Node/Electron; the
// preload is a single CommonJS file because sandboxed preloads cannot load ES modules.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: true,
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
