import { describe, expect, it } from 'vitest';
import { reminderWords, type ReminderPrompt } from '../../../electron/core/tray/reminder-words';

const prompt = (over: Partial<ReminderPrompt> = {}): ReminderPrompt => ({
  kind: 'first',
  sittingMinutes: 62,
  suggests: 'quick',
  minutes: { quick: 2, full: 9 },
  ...over,
});

describe('what a reminder says', () => {
  it('says how long the person sat in minutes under two hours, in hours beyond', () => {
    expect(reminderWords(prompt(), 10).sitting).toBe('You have been sitting for 62 min.');
    expect(reminderWords(prompt({ sittingMinutes: 245 }), 10).sitting).toBe(
      'You have been sitting for 4 h 5 min.',
    );
  });

  it('names the suggestion, and offers the other kind with its own length', () => {
    const words = reminderWords(prompt({ suggests: 'full' }), 10);
    expect(words.suggestion).toBe('Full hip-flexor routine, about 9 min');
    expect(words.answers.map((a) => a.answer)).toEqual([
      'start-suggested',
      'stood-up',
      'snooze',
      'start-quick',
      'skip-next',
    ]);
    expect(words.answers[3]?.label).toBe('Quick stretch instead, about 2 min');
    expect(words.answers[2]?.label).toBe('Snooze 10 min');
  });

  it('asks again for the repeat', () => {
    expect(reminderWords(prompt(), 10).title).toBe('Time to stand up');
    expect(reminderWords(prompt({ kind: 'repeat' }), 10).title).toBe('Still sitting?');
  });
});
