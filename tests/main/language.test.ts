import { describe, expect, it } from 'vitest';
import { EVENTS } from '../../electron/core/ipc/contract';
import { createLanguageService, followLanguage } from '../../electron/main/language';

function setup(preferred: string[], pseudo = false) {
  const system = { preferred };
  const service = createLanguageService({
    choice: () => 'system',
    preferred: () => system.preferred,
    pseudo,
  });
  const sent: [string, unknown][] = [];
  const follower = followLanguage(service, {
    sendToAll: (channel, payload) => void sent.push([channel, payload]),
  });
  return { service, system, sent, follower };
}

describe('the language main speaks', () => {
  it('falls back to English, with times as the system formats them', () => {
    const { service } = setup(['xx-YY', 'en-US']);
    expect(service.payload()).toMatchObject({ code: 'en', locale: 'en-US' });
    expect(service.translator().t('tray.tooltip.due')).toBe('Break due now');
  });

  it('hands a window one catalogue: every English message and nothing else', () => {
    const { service } = setup(['en-GB']);
    const { messages } = service.payload();
    expect(messages['reminder.title.first']).toBe('Time to stand up');
    expect(Object.keys(messages).every((key) => !key.includes('/'))).toBe(true);
  });

  it('tells every open window when the language or its formatting changes, and only then', () => {
    const { service, system, sent, follower } = setup(['en-GB']);
    follower.settingsChanged();
    expect(sent).toEqual([]);
    system.preferred = ['en-US'];
    follower.settingsChanged();
    expect(sent).toEqual([[EVENTS.languageChanged, service.payload()]]);
    expect(service.payload().locale).toBe('en-US');
  });

  it('speaks the pseudo-locale when asked to, for layout checks', () => {
    const { service } = setup(['en-GB'], true);
    expect(service.payload().code).toBe('en-XA');
    expect(service.translator().t('tray.tooltip.due')).not.toMatch(/[A-Za-z]{2}/);
  });
});
