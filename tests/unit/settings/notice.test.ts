import { describe, expect, it } from 'vitest';
import { repairNotice, unwritableNotice } from '../../../electron/core/settings/notice';

describe('the one-time repair notice', () => {
  it('says settings were reset and where the unreadable file was kept', () => {
    const text = repairNotice({
      kind: 'unreadable',
      backupName: 'settings.broken-2025-01-05.json',
    });
    expect(text).toMatch(/could not be read/);
    expect(text).toMatch(/default/);
    expect(text).toContain('settings.broken-2025-01-05.json');
  });

  it('lists every field that went back to its default', () => {
    const text = repairNotice({
      kind: 'salvaged',
      problems: ['Snooze length', 'Working hours on Tuesday'],
      backupName: 'settings.broken-2025-01-05-2.json',
    });
    expect(text).toContain('Snooze length');
    expect(text).toContain('Working hours on Tuesday');
    expect(text).toContain('settings.broken-2025-01-05-2.json');
  });

  it('explains a file from a newer version even when everything fitted', () => {
    const text = repairNotice({
      kind: 'newer',
      problems: [],
      backupName: 'settings.broken-2025-01-05.json',
    });
    expect(text).toMatch(/newer version/);
    expect(text).not.toMatch(/defaults:/);
  });

  it('says the old file stayed in place when no copy could be made', () => {
    expect(repairNotice({ kind: 'unreadable', backupName: null })).toMatch(/left where it was/);
  });

  it('names the folder that cannot be written', () => {
    expect(unwritableNotice('/home/ana/.config/Unsit')).toContain('/home/ana/.config/Unsit');
  });
});
