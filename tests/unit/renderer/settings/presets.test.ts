import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../electron/core/settings/schema';
import { validateSettings } from '../../../../electron/core/settings/validate';
import { HOURS_PRESETS } from '../../../../renderer/src/settings/presets';

describe('presets', () => {
  it('each give a week main accepts', () => {
    for (const preset of HOURS_PRESETS) {
      const settings = defaultSettings();
      settings.workingHours = preset.hours();
      expect(validateSettings(settings).ok, preset.id).toBe(true);
    }
  });
});
