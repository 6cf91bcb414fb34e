import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { CONTENT_SECURITY_POLICY } from './electron/core/security/csp.ts';

/**
 * The renderer build, shared by electron-vite (app build) and by the renderer tests, which can
 * build into a folder of their own with `vite build -c vite.renderer.config.ts --outDir DIR`.
 */
/** Every page starts with its charset and the one CSP (main also sends it as a header). */
const cspMeta = (): Plugin => ({
  name: 'unsit-csp-meta',
  transformIndexHtml: () => [
    { tag: 'meta', attrs: { charset: 'UTF-8' }, injectTo: 'head-prepend' },
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
});

export const rendererConfig: UserConfig = {
  root: resolve('renderer'),
  base: './',
  plugins: [svelte({ configFile: resolve('svelte.config.js') }), cspMeta()],
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
        statistics: resolve('renderer/statistics.html'),
        home: resolve('renderer/home.html'),
      },
    },
  },
};

export default defineConfig(rendererConfig);
