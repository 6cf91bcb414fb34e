import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueFor, sourceCatalogue } from '../../../electron/core/i18n/catalogues';
import { LOCALE_CODES, PSEUDO_LOCALE } from '../../../electron/core/i18n/locales';
import { messageParameters, parseMessage } from '../../../electron/core/i18n/message-format';
import { missingMessages } from '../../../electron/core/i18n/missing';

const DIR = 'electron/core/i18n/messages';
const english = sourceCatalogue();

/** Every catalogue file on disk, listed in LOCALES or not (a translation in progress). */
const files = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => ({
    code: name.replace(/\.json$/, ''),
    messages: JSON.parse(readFileSync(join(DIR, name), 'utf8')) as Record<string, string>,
  }));

describe('the catalogues', () => {
  it('has a file for every listed locale, English among them', () => {
    const onDisk = files.map((file) => file.code);
    for (const code of LOCALE_CODES) expect(onDisk).toContain(code);
  });

  it('reads every message of every file', () => {
    for (const { code, messages } of files) {
      for (const [key, message] of Object.entries(messages)) {
        expect(() => parseMessage(message), `${code}: ${key}`).not.toThrow();
      }
    }
  });

  it('has every English message in each listed locale, with the same placeholders', () => {
    for (const code of [...LOCALE_CODES, PSEUDO_LOCALE] as const) {
      const report = missingMessages(english, catalogueFor(code));
      expect(report, code).toEqual({ missing: [], extra: [], placeholders: [] });
    }
  });

  it('translates the health caution, the safety lines and the spoken cues in every language', () => {
    // Words a person must understand to stretch safely: none may be left in English.
    const mustTranslate = Object.keys(english).filter(
      (key) =>
        key.startsWith('caution.') ||
        key.startsWith('cue.') ||
        /^stretch\.[a-z-]+\.(safety|setup\d|cue\d|keyCue|name)$/.test(key) ||
        key === 'routine.care',
    );
    expect(mustTranslate.length).toBeGreaterThan(20);
    for (const code of LOCALE_CODES.filter((code) => code !== 'en')) {
      const messages: Record<string, string> = catalogueFor(code);
      const source: Record<string, string> = english;
      const untranslated = mustTranslate.filter(
        (key) =>
          messages[key] === source[key] &&
          // Words of its own, not only placeholders ("{name}. {legs}.").
          /[A-Za-z]{3}/.test((source[key] ?? '').replace(/\{[^{}]*\}/g, '')),
      );
      expect(untranslated, code).toEqual([]);
    }
  });

  it('lets a translation in progress lack messages, but never use other placeholders', () => {
    for (const { code, messages } of files) {
      expect(missingMessages(english, messages).placeholders, code).toEqual([]);
    }
  });

  it('finds what a catalogue lacks or words with other placeholders', () => {
    const partial = {
      'tray.tooltip.due': 'Pause fällig',
      'reminder.sitting': 'Sie sitzen seit {minutes}.',
      'no.such.key': 'x',
    };
    const report = missingMessages(english, partial);
    expect(report.missing).toContain('tray.menu.quit');
    expect(report.missing).not.toContain('tray.tooltip.due');
    expect(report.extra).toEqual(['no.such.key']);
    expect(report.placeholders).toEqual([
      { key: 'reminder.sitting', expected: ['duration'], found: ['minutes'] },
    ]);
  });

  it('keeps placeholders in English consistent with how the code fills them', () => {
    // A message's placeholders are its contract with the code; spot-check a plural one.
    expect(messageParameters(english['tray.today.count'])).toEqual(['occasions', 'taken']);
  });
});
