import { isLanguagePayload, type LanguagePayload } from '../../../electron/core/i18n/language';
import type { MessageParams } from '../../../electron/core/i18n/message-format';
import {
  createTranslator,
  type MessageKey,
  type Translator,
} from '../../../electron/core/i18n/translator';
import { api, events } from './api';

/**
 * The language of this window. Main sends the one catalogue it speaks (no other is ever
 * loaded), and sends a new one when the Language setting changes: every text read through `t`
 * is then redrawn at once, without a reload, because `t` reads reactive state.
 */
let current = $state.raw<Translator>(createTranslator('en', {}));

/** A message in the window's language; call it in markup or `$derived`, so it follows changes. */
export function t(key: MessageKey, params?: MessageParams): string {
  return current.t(key, params);
}

/** The locale `Intl` formats this window's numbers, dates and times for. */
export function locale(): string {
  return current.locale;
}

/** The translator itself, for the core's text functions that take one. */
export function translator(): Translator {
  return current;
}

let followers: (() => void)[] = [];

/**
 * Calls `listener` after each change of language, for words a window got from main already
 * worded (the reminder, the Unsit window's status): it asks for them again. Returns the undo.
 */
export function onLanguageChange(listener: () => void): () => void {
  followers = [...followers, listener];
  return () => {
    followers = followers.filter((follower) => follower !== listener);
  };
}

function apply(payload: unknown): void {
  // A payload that is not one keeps the language the window has (main is trusted; a slip is not).
  if (!isLanguagePayload(payload)) return;
  current = createTranslator(payload.locale, payload.messages);
  document.documentElement.lang = payload.locale;
  for (const listener of followers) listener();
}

/** Asks main for the language, then follows its changes. Awaited before the window mounts. */
export async function startLanguage(): Promise<LanguagePayload | null> {
  events.onLanguageChanged(apply);
  const payload = await api.getLanguage();
  apply(payload);
  return isLanguagePayload(payload) ? payload : null;
}

/**
 * Starts a window: its language first, then its title (kept in the language), then the app.
 * Every window's main.ts calls this, so none mounts before it can speak.
 */
export async function startWindow(mount: () => void, title: MessageKey): Promise<void> {
  await startLanguage();
  $effect.root(() => {
    $effect(() => {
      document.title = t(title);
    });
  });
  mount();
}
