import { describe, expect, it } from 'vitest';
import { t } from '../../english';
import { HEALTHY_HISTORY, historyNotice } from '../../../electron/core/history/notice';

describe('the history notice', () => {
  it('is silent while all is well', () => {
    expect(historyNotice(t, HEALTHY_HISTORY)).toBeNull();
  });

  it('counts one left-out entry in the singular', () => {
    const damaged = { backupName: 'history.broken-2026-12-06.json', lostAll: false, dropped: 1 };
    expect(historyNotice(t, { ...HEALTHY_HISTORY, damaged })).toContain(
      '1 entry that could not be read was left out',
    );
  });

  it('says a history it could not read is left untouched', () => {
    expect(historyNotice(t, { ...HEALTHY_HISTORY, readOnly: { reason: 'unreadable' } })).toBe(
      'Your history file could not be read, so Unsit leaves it untouched. Breaks you take now are shown, but not kept after Unsit quits.',
    );
  });

  it('tells of damage and a failing write together, but never of a write a read-only file skips', () => {
    const damaged = { backupName: 'history.broken-2026-12-06.json', lostAll: true, dropped: 0 };
    const unsaved = { problem: { kind: 'disk-full' as const } };
    const both = historyNotice(t, { damaged, readOnly: null, unsaved });
    expect(both).toContain('a copy was kept as history.broken-2026-12-06.json');
    expect(both).toContain('Unsit could not save your history (disk full).');
    const readOnly = historyNotice(t, {
      damaged: null,
      readOnly: { reason: 'newer', version: 5 },
      unsaved,
    });
    expect(readOnly).not.toContain('could not save');
  });
});
