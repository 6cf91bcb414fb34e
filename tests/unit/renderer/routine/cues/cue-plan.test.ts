import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../../electron/core/routine/catalogue';
import type { PlanStep } from '../../../../../electron/core/routine/types';
import {
  SOUND_NOTES,
  allowedCues,
  cuesForCountdown,
  cuesForFinish,
  cuesForStep,
} from '../../../../../renderer/src/routine/cues/cue-plan';

const setup: PlanStep = { kind: 'setup', stretchId: 'butterfly', side: null, durationMs: 15_000 };
const hold = (holdNumber: number, side: 'left' | 'right' | null = 'left'): PlanStep => ({
  kind: 'hold',
  stretchId: 'kneeling-lunge',
  side,
  durationMs: 30_000,
  holdNumber,
  cycle: 1,
});
const switchLegs: PlanStep = {
  kind: 'switch',
  stretchId: 'kneeling-lunge',
  from: 'left',
  to: 'right',
  durationMs: 8_000,
};

describe('routine cues', () => {
  it('plays a soft tone when a hold starts and when it ends', () => {
    expect(cuesForStep(setup, hold(1), CATALOGUE).sounds).toEqual(['hold-start']);
    expect(cuesForStep(hold(4), setup, CATALOGUE).sounds).toEqual(['hold-end']);
  });

  it('marks a leg switch with its own two-note sound and a spoken prompt', () => {
    const cues = cuesForStep(hold(1), switchLegs, CATALOGUE);
    expect(cues.sounds).toEqual(['hold-end', 'switch']);
    expect(cues.speech).toMatch(/switch legs/i);
    const notes = SOUND_NOTES.switch;
    expect(notes).toHaveLength(2);
    expect(new Set(notes.map((n) => n.frequency)).size).toBe(2);
    const others = [SOUND_NOTES['hold-start'], SOUND_NOTES['hold-end'], SOUND_NOTES.tick];
    for (const other of others) expect(other).not.toEqual(notes);
  });

  it('names the stretch when its set-up begins, and says when the routine is done', () => {
    expect(cuesForStep(null, setup, CATALOGUE).speech).toContain('Butterfly stretch');
    expect(cuesForStep(null, setup, CATALOGUE).sounds).toEqual([]);
    expect(cuesForFinish().speech).toMatch(/done/i);
  });

  it('ticks for the last three seconds only', () => {
    expect([5, 4, 3, 2, 1, 0].map((s) => cuesForCountdown(s).sounds)).toEqual([
      [],
      [],
      ['tick'],
      ['tick'],
      ['tick'],
      [],
    ]);
  });

  it('stays silent and quiet when sound and voice are off', () => {
    const cues = cuesForStep(hold(1), switchLegs, CATALOGUE);
    expect(allowedCues(cues, { sound: false, voice: false })).toEqual({ sounds: [], speech: null });
    expect(allowedCues(cues, { sound: true, voice: false }).speech).toBeNull();
    expect(allowedCues(cues, { sound: false, voice: true }).sounds).toEqual([]);
    expect(allowedCues(cues, { sound: false, voice: true }).speech).toBe(cues.speech);
  });
});
