import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../../electron/core/routine/catalogue';
import { buildPlan, planOptionsFromSettings } from '../../../../../electron/core/routine/plan';
import type { PlanStep } from '../../../../../electron/core/routine/types';
import { defaultSettings } from '../../../../../electron/core/settings/schema';
import {
  SOUND_NOTES,
  allowedCues,
  cuesForCountdown,
  cuesForFinish,
  cuesForStep,
  soundsLength,
} from '../../../../../renderer/src/routine/cues/cue-plan';
import { t } from '../../../../english';
import { hold, setup, switchLegs } from '../plan-steps';

describe('routine cues', () => {
  it('plays a soft tone when a hold starts and when it ends', () => {
    expect(cuesForStep(t, setup, hold(1), CATALOGUE).sounds).toEqual(['hold-start']);
    expect(cuesForStep(t, hold(4), setup, CATALOGUE).sounds).toEqual(['hold-end']);
  });

  it('marks a leg switch with its own two-note sound and a spoken prompt', () => {
    const cues = cuesForStep(t, hold(1), switchLegs, CATALOGUE);
    expect(cues.sounds).toEqual(['hold-end', 'switch']);
    expect(cues.speech).toBe('Switch legs: right leg next. Right knee down, left foot forward.');
    const notes = SOUND_NOTES.switch;
    expect(notes).toHaveLength(2);
    expect(new Set(notes.map((n) => n.frequency)).size).toBe(2);
    const others = [SOUND_NOTES['hold-start'], SOUND_NOTES['hold-end'], SOUND_NOTES.tick];
    for (const other of others) expect(other).not.toEqual(notes);
  });

  it('names the stretch and what the legs do when its set-up begins, and says when it is over', () => {
    expect(cuesForStep(t, null, setup, CATALOGUE, { getSet: true }).speech).toBe(
      'Butterfly stretch. Soles together, knees out to the sides.',
    );
    expect(cuesForStep(t, null, setup, CATALOGUE).sounds).toEqual([]);
    expect(cuesForFinish(t).speech).toBe('That is the end of the routine. Well done.');
  });

  it("says the set-up's safety line as the person gets into position", () => {
    const getSet: PlanStep = {
      kind: 'get-set',
      stretchId: 'standing-quad',
      side: 'left',
      durationMs: 8_000,
    };
    expect(cuesForStep(t, setup, getSet, CATALOGUE, { getSet: true })).toEqual({
      sounds: [],
      speech: 'Get into position. Hold a steady desk or wall, never a chair on wheels.',
    });
    // Without a get-set count, the set-up says it.
    expect(cuesForStep(t, null, setup, CATALOGUE, { getSet: false }).speech).toBe(
      'Butterfly stretch. Soles together, knees out to the sides. ' +
        'Let the knees down only as far as is comfortable.',
    );
  });

  it('lets the tones of a cue end before the voice starts', () => {
    const switchCue = cuesForStep(t, hold(1), switchLegs, CATALOGUE);
    const toneEnds = (sound: keyof typeof SOUND_NOTES) =>
      Math.max(...SOUND_NOTES[sound].map((note) => note.at + note.duration));
    expect(soundsLength(switchCue.sounds)).toBeGreaterThanOrEqual(
      toneEnds('hold-end') + toneEnds('switch'),
    );
    expect(soundsLength(['hold-start'])).toBeGreaterThanOrEqual(toneEnds('hold-start'));
    expect(soundsLength([])).toBe(0);
  });

  it('says how long to hold and the one key cue when a hold starts', () => {
    expect(cuesForStep(t, setup, hold(1), CATALOGUE).speech).toBe(
      'Hold for 30 seconds. Tuck your pelvis under and keep your back upright.',
    );
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
    const cues = cuesForStep(t, hold(1), switchLegs, CATALOGUE);
    expect(allowedCues(cues, { sound: false, voice: false })).toEqual({ sounds: [], speech: null });
    expect(allowedCues(cues, { sound: true, voice: false }).speech).toBeNull();
    expect(allowedCues(cues, { sound: false, voice: true }).sounds).toEqual([]);
    expect(allowedCues(cues, { sound: false, voice: true }).speech).toBe(cues.speech);
  });
});

describe('the spoken plan of the default routine', () => {
  const plan = buildPlan(CATALOGUE, planOptionsFromSettings(defaultSettings().routine));

  /** What the voice says as each step begins, in order, as "at-second: words". */
  function spokenPlan(): string[] {
    const said: string[] = [];
    let at = 0;
    let previous: PlanStep | null = null;
    for (const step of plan.steps) {
      const speech =
        step.kind === 'done'
          ? cuesForFinish(t).speech
          : cuesForStep(t, previous, step, plan.stretches, { getSet: true }).speech;
      if (speech) said.push(`${at / 1000}: ${speech}`);
      if (step.kind === 'hold') {
        for (let s = Math.round(step.durationMs / 1000) - 1; s >= 1; s--) {
          expect(cuesForCountdown(s).speech).toBeNull();
        }
      }
      if (step.kind !== 'done') at += step.durationMs;
      previous = step;
    }
    return said;
  }

  it('speaks once per step and once at the end, never every second', () => {
    const said = spokenPlan();
    expect(said).toHaveLength(plan.steps.length);
    expect(said.slice(0, 5)).toEqual([
      '0: Kneeling hip flexor lunge. Left knee down, right foot forward.',
      '15: Get into position. A soft mat under the knee; front knee right above the ankle.',
      '23: Hold for 30 seconds. Tuck your pelvis under and keep your back upright.',
      '53: Switch legs: right leg next. Right knee down, left foot forward.',
      '63: Hold. Tuck your pelvis under and keep your back upright.',
    ]);
    expect(said).toContain(
      '173: Kneeling side stretch. Right knee down, left leg out to the side.',
    );
    expect(said).toContain(
      '188: Get into position. Slide the leg out only as far as is comfortable.',
    );
    expect(said).toContain(
      '226: Switch legs: right leg next. Left knee down, right leg out to the side.',
    );
    expect(said).toContain('361: Butterfly stretch. Soles together, knees out to the sides.');
    expect(said).toContain(
      '414: Standing quad stretch. Left knee bent, left hand holds the left foot.',
    );
    expect(said).toContain(
      '429: Get into position. Hold a steady desk or wall, never a chair on wheels.',
    );
    expect(said.at(-1)).toBe('602: That is the end of the routine. Well done.');
  });

  it('says the hold length once per stretch, a shorter line for the holds after it', () => {
    const holds = spokenPlan().filter((line) => /: Hold\b/.test(line));
    expect(holds).toHaveLength(13);
    expect(holds.filter((line) => line.includes('Hold for 30 seconds'))).toHaveLength(4);
    expect(holds.filter((line) => /: Hold\. /.test(line))).toHaveLength(9);
  });

  it('names at every switch the leg that comes next, in the order the holds go', () => {
    const switches = spokenPlan().filter((line) => line.includes('Switch legs'));
    expect(switches).toHaveLength(9);
    expect(switches.map((line) => /: (left|right) leg next/.exec(line)?.[1])).toEqual([
      'right',
      'left',
      'right',
      'right',
      'left',
      'right',
      'right',
      'left',
      'right',
    ]);
  });
});
