import { z } from 'zod';
import { compareVersions, isPrerelease, parseVersion } from './version';

/**
 * The update feed electron-builder writes beside the installers (latest.yml on Windows,
 * latest-linux.yml, latest-mac.yml), once parsed from YAML: the version, and per file its name,
 * SHA-512 (base64) and size. Read without trust: anything else is refused.
 */
const FileName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9._-]+$/, 'a plain file name');

export const FeedSchema = z.object({
  version: z.string().max(64),
  files: z
    .array(
      z.object({
        url: FileName,
        sha512: z.string().regex(/^[A-Za-z0-9+/]{86}==$/, 'a base64 SHA-512'),
        size: z
          .number()
          .int()
          .positive()
          .max(2 * 1024 ** 3),
      }),
    )
    .min(1)
    .max(20),
  releaseDate: z.string().max(64).optional(),
});
export type Feed = z.infer<typeof FeedSchema>;
export type FeedFile = Feed['files'][number];

/** A newer release this copy can move to. */
export interface AvailableUpdate {
  version: string;
  file: FeedFile;
}

/** What `pickUpdate` finds. */
export type FeedVerdict =
  | { kind: 'none' }
  | { kind: 'available'; update: AvailableUpdate }
  | { kind: 'invalid'; reason: string };

/**
 * The update a feed offers this copy: a newer version that is not a prerelease, and its file of
 * the kind this copy installs from (`.exe`, `.AppImage`, `.zip`...). A prerelease in the feed is
 * treated as no update at all, so stable users never get one, even through a mistaken feed.
 */
export function pickUpdate(data: unknown, currentVersion: string, extension: string): FeedVerdict {
  const parsed = FeedSchema.safeParse(data);
  if (!parsed.success)
    return { kind: 'invalid', reason: 'the update feed is not in the expected form' };
  const offered = parseVersion(parsed.data.version);
  const current = parseVersion(currentVersion);
  if (!offered || !current)
    return { kind: 'invalid', reason: 'the update feed names no valid version' };
  if (isPrerelease(offered) || compareVersions(offered, current) <= 0) return { kind: 'none' };
  const file = parsed.data.files.find((f) => f.url.endsWith(extension));
  if (!file) return { kind: 'invalid', reason: `the update feed lists no ${extension} file` };
  return { kind: 'available', update: { version: parsed.data.version, file } };
}
