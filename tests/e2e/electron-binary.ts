import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

/**
 * Where the real Electron binary is, without loading the `electron` package (its index.js tries
 * to download the binary when it is missing). Installs here set ELECTRON_SKIP_BINARY_DOWNLOAD=1.
 */
export function findElectronBinary(): ElectronBinary {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { found: false, reason: 'the electron package is not installed' };
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      found: false,
      reason: `the Electron binary was not downloaded (${pathFile} is missing; installs with ELECTRON_SKIP_BINARY_DOWNLOAD=1 leave it out)`,
    };
  }
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary)) {
    return { found: false, reason: `the Electron binary ${binary} does not exist` };
  }
  return { found: true, path: binary };
}
