/**
 * The part of conf / electron-store the adapters use. Main passes `(o) => new ElectronStore(o)`;
 * tests pass `(o) => new Conf({ ...o, projectName: 'unsit-test' })` on a temporary folder.
 * The store resolves where the file lives and reads it; writes go through writeJsonAtomically
 * in conf's format (see atomic-file.ts for why conf's own write is not trusted).
 */
export interface StoreOptions {
  cwd: string;
  /** electron-store's spelling of the file name (it overrides configName when given). */
  name: string;
  /** conf's spelling of the file name. */
  configName: string;
  fileExtension: 'json';
  /** The adapters read and repair files themselves first; this keeps conf from throwing. */
  clearInvalidConfig: boolean;
}

export interface StoreLike {
  /** Reading parses the file (an empty object when it is missing or not JSON). */
  readonly store: Record<string, unknown>;
  readonly path: string;
}

export type OpenStore = (options: StoreOptions) => StoreLike;

export function storeOptions(dir: string, fileName: string): StoreOptions {
  return {
    cwd: dir,
    name: fileName,
    configName: fileName,
    fileExtension: 'json',
    clearInvalidConfig: true,
  };
}
