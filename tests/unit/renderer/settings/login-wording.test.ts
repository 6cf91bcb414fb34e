import { describe, expect, it } from 'vitest';
import { t } from '../../../english';
import { launchAtLoginWording } from '../../../../renderer/src/settings/login-wording';

describe('the launch-at-login option', () => {
  it("speaks each platform's words for its login list", () => {
    expect(launchAtLoginWording(t, 'darwin')).toMatchObject({
      label: 'Open Unsit when you log in',
      hint: expect.stringContaining('Login Items'),
    });
    expect(launchAtLoginWording(t, 'win32').label).toContain('sign in to Windows');
    expect(launchAtLoginWording(t, 'linux').hint).toContain('autostart entry');
  });

  it('promises nothing platform-specific elsewhere', () => {
    expect(launchAtLoginWording(t, 'other')).toEqual({
      label: 'Start Unsit when you log in',
      hint: '',
    });
  });
});
