/**
 * Release versions as electron-builder writes them into the update feed: semantic versions,
 * "1.4.0" or "1.5.0-beta.2". Only what the update check needs: order, and whether a version is
 * a prerelease (which stable users never get).
 */
export interface Version {
  major: number;
  minor: number;
  patch: number;
  /** The dot-separated identifiers after "-", empty for a release. */
  prerelease: string[];
}

const VERSION =
  /^v?(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z.-]+)?$/;

export function parseVersion(text: string): Version | null {
  const match = VERSION.exec(text);
  if (!match) return null;
  return {
    major: Number(match[1]),
    minor: Number(match[2]),
    patch: Number(match[3]),
    prerelease: match[4] ? match[4].split('.') : [],
  };
}

export const isPrerelease = (version: Version): boolean => version.prerelease.length > 0;

function compareIdentifiers(a: string, b: string): number {
  const numeric = (s: string) => /^\d+$/.test(s);
  if (numeric(a) && numeric(b)) return Math.sign(Number(a) - Number(b));
  if (numeric(a)) return -1;
  if (numeric(b)) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Negative when `a` comes before `b`, as semantic versioning orders them. */
export function compareVersions(a: Version, b: Version): number {
  const core = [a.major - b.major, a.minor - b.minor, a.patch - b.patch].find((d) => d !== 0);
  if (core !== undefined) return Math.sign(core);
  if (!isPrerelease(a) || !isPrerelease(b)) return isPrerelease(a) ? -1 : isPrerelease(b) ? 1 : 0;
  const length = Math.max(a.prerelease.length, b.prerelease.length);
  for (let i = 0; i < length; i += 1) {
    const [x, y] = [a.prerelease[i], b.prerelease[i]];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const order = compareIdentifiers(x, y);
    if (order !== 0) return order;
  }
  return 0;
}
