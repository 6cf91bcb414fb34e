import { describe, expect, it } from 'vitest';
import { launchAtLoginWording } from '../../../../renderer/src/settings/login-wording';

describe('the launch-at-login option', () => {
  it("speaks each platform's words for its login list", () => {
    expect(launchAtLoginWording('darwin')).toMatchObject({
      label: 'Open Unsit when you log in',
      hint: expect.stringContaining('Login Items'),
    });
    expect(launchAtLoginWording('win32').label).toContain('sign in to Windows');
    expect(launchAtLoginWording('linux').hint).toContain('autostart entry');
  });

  it('promises nothing platform-specific elsewhere', () => {
    expect(launchAtLoginWording('other')).toEqual({
      label: 'Start Unsit when you log in',
      hint: '',
    });
  });
});
