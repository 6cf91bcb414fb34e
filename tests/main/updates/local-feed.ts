import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A release feed served by the test on 127.0.0.1 only: latest.yml as electron-builder writes it
 * and the files it names, made up by the test. Every request is recorded, so a test can show
 * that none was made.
 */
export interface LocalFeed {
  base: string;
  requests: string[];
  /** Publishes `version` with a file of random bytes; returns the bytes. */
  publish(version: string, fileName: string, options?: PublishOptions): Buffer;
  close(): Promise<void>;
}

export interface PublishOptions {
  /** The file served differs from the one the feed describes (tampered, or a wrong upload). */
  serveOther?: boolean;
  /** The server drops the connection halfway through the file. */
  breakOff?: boolean;
  /** The file answers 404. */
  missing?: boolean;
}

export const sha512 = (bytes: Buffer) => createHash('sha512').update(bytes).digest('base64');

export async function startLocalFeed(): Promise<LocalFeed> {
  let feed: string | null = null;
  const files = new Map<string, { bytes: Buffer; options: PublishOptions }>();
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '';
    requests.push(url);
    if (url === '/latest/download/latest.yml') {
      if (feed === null) return void res.writeHead(404).end();
      return void res.writeHead(200, { 'content-type': 'text/yaml' }).end(feed);
    }
    const file = files.get(url);
    if (!file || file.options.missing) return void res.writeHead(404).end();
    const { bytes, options } = file;
    res.writeHead(200, { 'content-length': String(bytes.length) });
    if (options.breakOff) {
      res.write(bytes.subarray(0, bytes.length / 2));
      return void res.socket?.destroy();
    }
    res.end(options.serveOther ? randomBytes(bytes.length) : bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    publish(version, fileName, options = {}) {
      const bytes = randomBytes(48 * 1024);
      files.set(`/download/v${version}/${fileName}`, { bytes, options });
      feed = [
        `version: ${version}`,
        'files:',
        `  - url: ${fileName}`,
        `    sha512: ${sha512(bytes)}`,
        `    size: ${bytes.length}`,
        `path: ${fileName}`,
        `sha512: ${sha512(bytes)}`,
        "releaseDate: '2026-12-06T10:00:00.000Z'",
        '',
      ].join('\n');
      return bytes;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
