import type { SettingsError, SettingsView, UnsitApi } from '../../../electron/core/ipc/contract';
import type { Translator } from '../../../electron/core/i18n/translator';
import { settingsErrorText } from '../../../electron/core/settings/error-text';
import type { Settings } from '../../../electron/core/settings/schema';
import { findSettingsErrors } from './settings-check';

/**
 * - editing: a typed value waits for a pause in typing before it is checked and saved;
 * - invalid: something needs fixing, nothing was sent;
 * - failed: main could not be reached or threw.
 */
export type SaveState = 'idle' | 'editing' | 'saving' | 'saved' | 'invalid' | 'failed';

/** How soon an edit is saved: at once (switches, buttons) or after a pause (typed values). */
export type SaveTiming = 'now' | 'soon';

export interface EditorDeps {
  api: Pick<UnsitApi, 'saveSettings' | 'resetSettings'>;
  /**
   * The window's language of the moment (`translator` in lib/i18n.svelte): problems and notes
   * are kept as codes and words are made from them when read, so a change of language redraws
   * them in place.
   */
  translator: () => Translator;
  /** Pause after the last keystroke before a typed value is saved. */
  debounceMs?: number;
}

/** A short note about the last action, worded when it is read (in the language of the moment). */
export type ActionNote = (translator: Translator) => string;

/**
 * The settings being edited and how they get saved. Every change is saved as soon as it is
 * valid, so there is no Save button to forget and main re-arms reminders at once. Typed values
 * wait ~400 ms so a half-typed "15" is not refused as "1".
 */
export class SettingsEditor {
  settings: Settings = $state() as Settings;
  /** The latest settings that passed every check: what the preview and routine length show. */
  valid: Settings = $state.raw() as Settings;
  errors: SettingsError[] = $state([]);
  /** Values the browser could not turn into settings (an empty number, a half-typed time). */
  inputErrors: Record<string, SettingsError> = $state({});
  saveState: SaveState = $state('idle');
  #note: ActionNote | null = $state(null);
  notice: string | null = $state(null);
  /** Bumped when the settings are replaced wholesale, so inputs holding stray text re-render. */
  generation = $state(0);
  readonly platform: SettingsView['platform'];
  /** The language "System" stands for, named in the Language setting. */
  readonly systemLanguage: SettingsView['systemLanguage'];

  readonly #api: EditorDeps['api'];
  readonly #translator: () => Translator;
  readonly #debounceMs: number;
  #revision = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(view: SettingsView, deps: EditorDeps) {
    this.settings = view.settings;
    this.valid = view.settings;
    this.notice = view.notice;
    this.platform = view.platform;
    this.systemLanguage = view.systemLanguage;
    this.#api = deps.api;
    this.#translator = deps.translator;
    this.#debounceMs = deps.debounceMs ?? 400;
  }

  /** Applies a change to the settings and saves it (now, or after a pause in typing). */
  edit(mutate: (draft: Settings) => void, timing: SaveTiming = 'now', inputPath?: string): void {
    if (inputPath !== undefined) delete this.inputErrors[inputPath];
    mutate(this.settings);
    this.#revision += 1;
    this.#note = null;
    if (timing === 'soon') {
      this.saveState = 'editing';
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.flush(), this.#debounceMs);
    } else {
      this.flush();
    }
  }

  /** Records a value the browser could not read; the settings keep their last good value. */
  rejectInput(path: string, problem: Omit<SettingsError, 'path'>): void {
    clearTimeout(this.#timer);
    this.inputErrors[path] = { ...problem, path };
    this.#revision += 1;
    this.saveState = 'invalid';
  }

  /** Checks and saves what is pending right away (on blur or Enter). */
  flushPending(): void {
    if (this.saveState === 'editing') this.flush();
  }

  flush(): void {
    clearTimeout(this.#timer);
    const revision = this.#revision;
    const snapshot = $state.snapshot(this.settings) as Settings;
    this.errors = findSettingsErrors(snapshot);
    if (this.errors.length > 0 || Object.keys(this.inputErrors).length > 0) {
      this.saveState = 'invalid';
      return;
    }
    this.valid = snapshot;
    this.saveState = 'saving';
    this.#api.saveSettings(snapshot).then(
      (result) => {
        if (revision !== this.#revision) return;
        if (result.ok) {
          this.valid = result.settings;
          this.saveState = 'saved';
        } else {
          this.errors = result.errors;
          this.saveState = 'invalid';
        }
      },
      () => {
        if (revision === this.#revision) this.saveState = 'failed';
      },
    );
  }

  async resetToDefaults(): Promise<void> {
    clearTimeout(this.#timer);
    const settings = await this.#api.resetSettings();
    this.#revision += 1;
    this.settings = settings;
    this.valid = settings;
    this.errors = [];
    this.inputErrors = {};
    this.generation += 1;
    this.saveState = 'saved';
    this.#note = ({ t }) => t('settings.save.reset');
  }

  /**
   * Takes settings that changed elsewhere while this window was open (the routine window's voice
   * switch, say), so the next save does not write back an older copy. An edit in progress wins:
   * it is the user's latest word, and it is saved as soon as it is valid.
   */
  adopt(settings: Settings): void {
    if (this.saveState === 'editing' || this.saveState === 'saving') return;
    if (this.problemCount > 0) return;
    const current = $state.snapshot(this.settings) as Settings;
    if (JSON.stringify(current) === JSON.stringify(settings)) return;
    this.#revision += 1;
    this.settings = settings;
    this.valid = settings;
    this.generation += 1;
  }

  /** Notes the last action for the save status; `words` makes its text in the current language. */
  note(words: ActionNote): void {
    this.#note = words;
  }

  /** The note about the last action, in the window's language; '' when there is none. */
  get actionNote(): string {
    return this.#note ? this.#note(this.#translator()) : '';
  }

  /** A problem in the window's language. */
  problemText(problem: SettingsError): string {
    return settingsErrorText(this.#translator(), problem);
  }

  dismissNotice(): void {
    this.notice = null;
  }

  /** The message for exactly this path, typed-value problems first. */
  errorAt(path: string): string | undefined {
    const problem = this.inputErrors[path] ?? this.errors.find((e) => e.path === path);
    return problem && this.problemText(problem);
  }

  /** Messages at this path and below it, e.g. every problem of one range. */
  errorsUnder(path: string): string[] {
    const inside = (p: string) => p === path || p.startsWith(`${path}.`);
    return [
      ...Object.entries(this.inputErrors)
        .filter(([p]) => inside(p))
        .map(([, problem]) => problem),
      ...this.errors.filter((e) => inside(e.path)),
    ].map((problem) => this.problemText(problem));
  }

  get problemCount(): number {
    return this.errors.length + Object.keys(this.inputErrors).length;
  }
}
