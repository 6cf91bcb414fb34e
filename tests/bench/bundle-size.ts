import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure } from './table';

const RENDERER_DIR = resolve('out/renderer');

/** Every JS and CSS file a window loads: its HTML's assets plus the chunks they import. */
export function windowAssets(page: string): string[] {
  const html = readFileSync(join(RENDERER_DIR, `${page}.html`), 'utf8');
  const queue = [...html.matchAll(/(?:src|href)="\.\/([^"]+\.(?:js|css))"/g)].map((m) =>
    join(RENDERER_DIR, m[1]!),
  );
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(
      /(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+\.(?:js|css))["']/g,
    )) {
      queue.push(resolve(dirname(file), m[1]!));
    }
  }
  return [...seen];
}

export function gzipKb(files: string[]): number {
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0) / 1024;
}

export function bundleFigures(): Figure[] {
  return [
    {
      name: 'routine window JS+CSS (gzip)',
      value: gzipKb(windowAssets('routine')),
      unit: 'KB',
      budget: 50,
    },
    {
      name: 'settings window JS+CSS (gzip)',
      value: gzipKb(windowAssets('settings')),
      unit: 'KB',
      budget: null,
    },
    {
      name: 'statistics window JS+CSS (gzip)',
      value: gzipKb(windowAssets('statistics')),
      unit: 'KB',
      budget: 60,
    },
    {
      name: 'Unsit window JS+CSS (gzip)',
      value: gzipKb(windowAssets('home')),
      unit: 'KB',
      budget: 30,
    },
  ];
}
