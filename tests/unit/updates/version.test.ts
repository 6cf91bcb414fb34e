import { describe, expect, it } from 'vitest';
import {
  compareVersions,
  isPrerelease,
  parseVersion,
  type Version,
} from '../../../electron/core/updates/version';

const v = (text: string): Version => {
  const parsed = parseVersion(text);
  if (!parsed) throw new Error(`not a version: ${text}`);
  return parsed;
};

describe('release versions', () => {
  it('orders versions as semantic versioning does', () => {
    const ordered = [
      '0.9.9',
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0',
      '1.0.1',
      '1.10.0',
      '2.0.0',
    ];
    for (let i = 1; i < ordered.length; i += 1) {
      expect(compareVersions(v(ordered[i - 1] ?? ''), v(ordered[i] ?? '')), ordered[i]).toBe(-1);
      expect(compareVersions(v(ordered[i] ?? ''), v(ordered[i - 1] ?? ''))).toBe(1);
    }
    expect(compareVersions(v('1.2.3'), v('v1.2.3'))).toBe(0);
  });

  it('knows a prerelease', () => {
    expect(isPrerelease(v('1.3.0-beta.1'))).toBe(true);
    expect(isPrerelease(v('1.3.0'))).toBe(false);
  });

  it('refuses what is not a version', () => {
    for (const text of ['', '1.2', '1.2.3.4', '01.2.3', 'latest', '1.2.3-', '1.2.3 '])
      expect(parseVersion(text), text).toBeNull();
  });
});
