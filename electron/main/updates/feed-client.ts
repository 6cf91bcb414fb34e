import { createHash } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { pickUpdate, type AvailableUpdate, type FeedVerdict } from '../../core/updates/feed';

/**
 * Unsit's own update check: reads the release feed electron-builder writes (latest*.yml), picks
 * a newer stable version, downloads its file and verifies the SHA-512 and size the feed gives.
 * It sends one GET for the feed and, when there is an update, one for the file, with a
 * User-Agent naming Unsit's version, and nothing else. docs/decisions.md, "Updates".
 */

export type UpdateFailure = 'offline' | 'feed' | 'download' | 'integrity';

export class UpdateError extends Error {
  constructor(
    readonly failure: UpdateFailure,
    message: string,
  ) {
    super(message);
    this.name = 'UpdateError';
  }
}

export interface FeedClientOptions {
  /** The feed file, e.g. https://github.com/OWNER/REPO/releases/latest/download/latest.yml */
  feedUrl: string;
  /** Where the file of a version is, e.g. …/releases/download/v1.2.3/Unsit-Setup-1.2.3.exe */
  fileUrl(version: string, fileName: string): string;
  currentVersion: string;
  /** The kind of file this copy installs from: ".exe", ".AppImage", ".zip". */
  extension: string;
  /** Downloads go here (a cache folder of the app, never the data folder). */
  downloadDir: string;
  fetch: typeof globalThis.fetch;
  userAgent: string;
}

export interface FeedClient {
  check(): Promise<FeedVerdict>;
  /** The verified file's path. Throws UpdateError; a file that failed is deleted. */
  download(update: AvailableUpdate): Promise<string>;
}

/** A feed is a few hundred bytes; anything past this is not one. */
const FEED_LIMIT_BYTES = 64 * 1024;

async function request(options: FeedClientOptions, url: string): Promise<Response> {
  try {
    return await options.fetch(url, {
      headers: { 'user-agent': options.userAgent, accept: '*/*' },
      redirect: 'follow',
    });
  } catch {
    throw new UpdateError('offline', 'no connection');
  }
}

export function createFeedClient(options: FeedClientOptions): FeedClient {
  return {
    async check() {
      const response = await request(options, options.feedUrl);
      if (!response.ok)
        throw new UpdateError('feed', `the update feed answered ${response.status}`);
      const text = await response.text();
      if (text.length > FEED_LIMIT_BYTES)
        throw new UpdateError('feed', 'the update feed is too large');
      let data: unknown;
      try {
        data = yaml.load(text, { schema: yaml.JSON_SCHEMA });
      } catch {
        throw new UpdateError('feed', 'the update feed could not be read');
      }
      const verdict = pickUpdate(data, options.currentVersion, options.extension);
      if (verdict.kind === 'invalid') throw new UpdateError('feed', verdict.reason);
      return verdict;
    },

    async download({ version, file }) {
      await mkdir(options.downloadDir, { recursive: true });
      const target = join(options.downloadDir, file.url);
      const partial = `${target}.part`;
      const response = await request(options, options.fileUrl(version, file.url));
      if (!response.ok || !response.body) {
        throw new UpdateError('download', `the download answered ${response.status}`);
      }
      const hash = createHash('sha512');
      const handle = await open(partial, 'w');
      let received = 0;
      try {
        const reader = response.body.getReader();
        for (;;) {
          const chunk = await reader.read().catch(() => {
            throw new UpdateError('download', 'the download broke off');
          });
          if (chunk.done) break;
          received += chunk.value.byteLength;
          if (received > file.size) {
            await reader.cancel();
            throw new UpdateError('integrity', 'the download is larger than the release says');
          }
          hash.update(chunk.value);
          await handle.write(chunk.value);
        }
        await handle.sync();
      } catch (error) {
        await handle.close();
        await rm(partial, { force: true });
        throw error;
      }
      await handle.close();
      if (received !== file.size) {
        await rm(partial, { force: true });
        throw new UpdateError('download', 'the download ended early');
      }
      if (hash.digest('base64') !== file.sha512) {
        await rm(partial, { force: true });
        throw new UpdateError('integrity', "the download does not match the release's checksum");
      }
      await rename(partial, target);
      return target;
    },
  };
}
