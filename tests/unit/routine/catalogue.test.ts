import { describe, expect, it } from 'vitest';
import { CATALOGUE, stretchById } from '../../../electron/core/routine/catalogue';
import { STRETCH_IDS, type Stretch } from '../../../electron/core/routine/types';

const allText = (stretch: Stretch): string[] => [
  stretch.name,
  stretch.summary,
  ...stretch.setup,
  ...stretch.cues,
  ...Object.values(stretch.legRoles ?? {}),
];

describe('the stretch catalogue', () => {
  it('holds the four stretches of the routine, in order', () => {
    expect(CATALOGUE.map((s) => s.id)).toEqual([...STRETCH_IDS]);
  });

  it.each(CATALOGUE.map((s) => [s.id, s] as const))(
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

  it('does both legs for every stretch except the butterfly', () => {
    expect(CATALOGUE.filter((s) => !s.sided).map((s) => s.id)).toEqual(['butterfly']);
  });

  it('describes each leg of a sided stretch, naming that side', () => {
    for (const s of CATALOGUE.filter((c) => c.sided)) {
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
    const text = (id: string) => allText(stretchById(id) as Stretch).join(' ');
    expect(text('butterfly')).toMatch(/bounce/i);
    expect(text('kneeling-lunge')).toMatch(/back straight/i);
    expect(text('standing-quad')).toMatch(/pelvis/i);
  });

  it('contains no advertising: phone numbers, offers, check-ups or booking', () => {
    const text = CATALOGUE.flatMap(allText).join('\n');
    expect(text).not.toMatch(/\d{4}\s?\d{4}/);
    expect(text).not.toMatch(/\bfree\b|check-?up|health check|\bbook|\bcall\b|soaring/i);
  });

  it('finds a stretch by id and returns undefined for an unknown one', () => {
    expect(stretchById('butterfly')?.name).toMatch(/butterfly/i);
    expect(stretchById('cobra')).toBeUndefined();
  });
});
