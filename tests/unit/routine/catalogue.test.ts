import { describe, expect, it } from 'vitest';
import { catalogueFor } from '../../../electron/core/i18n/catalogues';
import { healthCaution } from '../../../electron/core/routine/caution';
import { CATALOGUE, stretchById as structureById } from '../../../electron/core/routine/catalogue';
import { stretchWords, type StretchWords } from '../../../electron/core/routine/stretch-words';
import { STRETCH_IDS, type Stretch } from '../../../electron/core/routine/types';
import { t } from '../../english';

/** The stretch with its English words, as the routine window shows them. */
const withWords = (stretch: Stretch) => ({ ...stretch, ...stretchWords(t, stretch) });
const stretchById = (id: string) => {
  const stretch = structureById(id);
  return stretch ? withWords(stretch) : undefined;
};
const WORDED = CATALOGUE.map(withWords);
const HEALTH_CAUTION = healthCaution(t);

const allText = (stretch: StretchWords): string[] => [
  stretch.name,
  stretch.summary,
  ...stretch.setup,
  ...stretch.cues,
  stretch.keyCue,
  ...Object.values(stretch.legRoles ?? {}),
  ...(stretch.bothLegs ? [stretch.bothLegs] : []),
];

describe('the stretch catalogue', () => {
  it('holds the four stretches of the routine, in order', () => {
    expect(CATALOGUE.map((s) => s.id)).toEqual([...STRETCH_IDS]);
  });

  it.each(WORDED.map((s) => [s.id, s] as const))(
    '%s has a name, a summary, set-up and cues',
    (_id, s) => {
      expect(s.name.trim()).not.toBe('');
      expect(s.summary.trim()).not.toBe('');
      expect(s.setup.length).toBeGreaterThanOrEqual(2);
      expect(s.cues.length).toBeGreaterThanOrEqual(2);
      for (const line of allText(s)) {
        expect(line.trim()).not.toBe('');
        expect(line.length).toBeLessThan(90);
      }
    },
  );

  it('has one key cue per stretch, short enough to hear at the start of a hold', () => {
    for (const s of WORDED) {
      expect(s.keyCue.split(' ').length).toBeLessThanOrEqual(10);
      expect(s.keyCue).toMatch(/\.$/);
    }
  });

  it('does both legs for every stretch except the butterfly', () => {
    expect(CATALOGUE.filter((s) => !s.sided).map((s) => s.id)).toEqual(['butterfly']);
  });

  it('describes each leg of a sided stretch, naming that side', () => {
    for (const s of WORDED.filter((c) => c.sided)) {
      expect(s.legRoles?.left).toMatch(/\bleft\b/i);
      expect(s.legRoles?.right).toMatch(/\bright\b/i);
      expect(s.legRoles?.left).not.toBe(s.legRoles?.right);
    }
  });

  it('keeps the lunge and quad stretch on the leg being stretched', () => {
    expect(stretchById('kneeling-lunge')?.legRoles?.left).toMatch(/^left knee down/i);
    expect(stretchById('standing-quad')?.legRoles?.right).toMatch(/^right knee bent/i);
  });

  it('carries the safety cues of the reference', () => {
    const text = (id: string) => allText(stretchById(id) as StretchWords).join(' ');
    expect(text('butterfly')).toMatch(/bounce/i);
    expect(text('kneeling-lunge')).toMatch(/back straight/i);
    expect(text('standing-quad')).toMatch(/pelvis/i);
  });

  it('says how to stay safe in each position, in its own words', () => {
    const text = (id: string) => allText(stretchById(id) as StretchWords).join(' ');
    expect(text('kneeling-lunge')).toMatch(/tuck your pelvis under/i);
    expect(text('kneeling-lunge')).toMatch(/knee (is )?(right )?above the ankle/i);
    expect(text('kneeling-side')).toMatch(/side splits/i);
    // Which way to lean is said plainly: hips stay, the chest goes forward.
    expect(stretchById('kneeling-side')?.keyCue).toMatch(/hips still.*chest forward/i);
    expect(text('standing-quad')).toMatch(/steady desk or a wall/i);
    expect(text('standing-quad')).toMatch(/never .*chair on wheels/i);
    expect(text('standing-quad')).toMatch(/do not arch your lower back/i);
    expect(text('standing-quad')).toMatch(/towel or strap/i);
    expect(text('standing-quad')).not.toMatch(/chair back/i);
  });

  it('gives each set-up a safety line and each sided stretch time to switch legs', () => {
    expect(stretchById('kneeling-lunge')?.safety).toMatch(/soft mat.*knee.*above the ankle/i);
    expect(stretchById('kneeling-side')?.safety).toMatch(/only as far as is comfortable/i);
    expect(stretchById('standing-quad')?.safety).toMatch(/steady desk or wall/i);
    expect(stretchById('kneeling-lunge')?.switchSeconds).toBeGreaterThanOrEqual(10);
    expect(stretchById('kneeling-side')?.switchSeconds).toBeGreaterThanOrEqual(15);
    expect(stretchById('standing-quad')?.switchSeconds).toBeGreaterThanOrEqual(15);
    expect(stretchById('standing-quad')?.setup.join(' ')).toMatch(/heel up to your buttock/);
  });

  it('labels the side stretch by the leg that goes out, not the knee that is down', () => {
    expect(stretchById('kneeling-side')?.sideLabels).toEqual({
      left: 'Left leg out',
      right: 'Right leg out',
    });
  });

  it('contains no advertising: phone numbers, offers, check-ups or booking', () => {
    const text = WORDED.flatMap(allText).join('\n');
    expect(text).not.toMatch(/\d{4}\s?\d{4}/);
    expect(text).not.toMatch(/\bfree\b|check-?up|health check|\bbook|\bcall\b|soaring/i);
  });

  it('keeps one complete health caution for both windows', () => {
    const text = [
      HEALTH_CAUTION.lead,
      ...HEALTH_CAUTION.points.map((point) => `${point.before}${point.strong}${point.after}`),
    ].join(' ');
    // The source's exclusion names all three, not only pain.
    expect(text).toMatch(/pain, stiffness or limited movement/);
    expect(text).toMatch(/physiotherapist or a chiropractor/);
    expect(text).toMatch(/persists or keeps coming back/);
    expect(text).toMatch(/Knee trouble\?.*kneel.*wall.*skip/);
    expect(text).toMatch(/Poor balance, or prone to dizziness\?.*wall.*skip/);
    expect(text).toMatch(/recent injury or surgery, or while pregnant/);
    expect(text).toMatch(/ask a doctor or physiotherapist before you start/);
    expect(text).toMatch(/If it hurts, stop\./);
    expect(HEALTH_CAUTION.points.length).toBeGreaterThanOrEqual(5);
    expect(text).not.toMatch(/\bfree\b|check-?up|\bbook|\bcall\b/i);
  });

  it('finds a stretch by id and returns undefined for an unknown one', () => {
    expect(stretchById('butterfly')?.name).toMatch(/butterfly/i);
    expect(stretchById('cobra')).toBeUndefined();
  });

  it('finds every word of every stretch and of the caution in the catalogue', () => {
    const english = catalogueFor('en');
    // A key the catalogue lacks reads as the key itself: none may.
    const words = [...WORDED.flatMap(allText), ...WORDED.map((s) => s.safety)];
    for (const s of WORDED) words.push(...Object.values(s.sideLabels ?? {}));
    words.push(HEALTH_CAUTION.lead, ...HEALTH_CAUTION.points.flatMap((p) => [p.before, p.strong]));
    for (const word of words) expect(Object.keys(english)).not.toContain(word);
    expect(words.filter((word) => /^(stretch|caution)\./.test(word))).toEqual([]);
  });

  it('places the bold words of a caution point where its message puts them', () => {
    const caution = healthCaution((key, params) =>
      key === 'caution.askFirst' ? `Vorher ${String(params?.strong)} fragen.` : key,
    );
    expect(caution.points[4]).toEqual({
      before: 'Vorher ',
      strong: 'caution.askFirstStrong',
      after: ' fragen.',
    });
  });
});
