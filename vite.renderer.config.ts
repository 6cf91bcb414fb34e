import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/**
 * The renderer build, shared by electron-vite (app build) and by the renderer tests, which can
 * build into a folder of their own with `vite build -c vite.renderer.config.ts --outDir DIR`.
 */
export const rendererConfig: UserConfig = {
  root: resolve('renderer'),
  base: './',
  plugins: [svelte({ configFile: resolve('svelte.config.js') })],
  build: {
    outDir: resolve('out/renderer'),
    emptyOutDir: true,
    minify: true,
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: {
        routine: resolve('renderer/routine.html'),
        settings: resolve('renderer/settings.html'),
        reminder: resolve('renderer/reminder.html'),
      },
    },
  },
};

export default defineConfig(rendererConfig);
