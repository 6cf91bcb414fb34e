import {
  PreviewDayRequestSchema,
  type DayPreview,
  type PreviewDayRequest,
  type SaveSettingsResult,
} from '../../electron/core/ipc/contract';
import type { Settings } from '../../electron/core/settings/schema';
import { FakeUnsit, type FakeUnsitOptions } from './fake-api';

/** The shared fake, recording every save attempt and every day preview the window asks for. */
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
    return super.saveSettings(settings);
  }

  override async previewDay(request: PreviewDayRequest): Promise<DayPreview> {
    const checked = PreviewDayRequestSchema.parse(request);
    this.previews.push(structuredClone(checked));
    return super.previewDay(checked);
  }
}
