import {
  PreviewDayRequestSchema,
  type DayPreview,
  type PreviewDayRequest,
  type SaveSettingsResult,
} from '../../electron/core/ipc/contract';
import type { Settings } from '../../electron/core/settings/schema';
import { validateSettings } from '../../electron/core/settings/validate';
import { FakeUnsit, type FakeUnsitOptions } from './fake-api';

/**
 * The shared fake, but saving runs the real validator main runs (overlaps included) and the day
 * preview comes from the real core, so the settings window meets the rules it meets in the app.
 */
export class SettingsFake extends FakeUnsit {
  /** Every payload the window sent to saveSettings, accepted or not. */
  readonly attempts: Settings[] = [];
  /** Every preview the window asked for. */
  readonly previews: PreviewDayRequest[] = [];

  constructor(options: FakeUnsitOptions = {}) {
    super(options);
  }

  override async saveSettings(settings: Settings): Promise<SaveSettingsResult> {
    this.attempts.push(structuredClone(settings));
    const result = validateSettings(settings);
    if (!result.ok) return result;
    this.settings = structuredClone(result.settings);
    this.saved.push(structuredClone(result.settings));
    return { ok: true, settings: structuredClone(result.settings) };
  }

  override async previewDay(request: PreviewDayRequest): Promise<DayPreview> {
    const checked = PreviewDayRequestSchema.parse(request);
    this.previews.push(structuredClone(checked));
    return super.previewDay(checked);
  }
}
