import { describe, expect, it } from 'vitest';
import type { Side, StretchId } from '../../../../../electron/core/routine/types';
import {
  drawFigure,
  type FigureDrawing,
  type Letter,
  type Shape,
  type XY,
} from '../../../../../renderer/src/routine/figure/drawing';

type Limb = Extract<Shape, { kind: 'limb' }>;

const SIDED: StretchId[] = ['kneeling-lunge', 'kneeling-side', 'standing-quad'];
const SIDES: Side[] = ['left', 'right'];
const LETTER: Record<Side, Letter> = { left: 'L', right: 'R' };
const OTHER: Record<Letter, Letter> = { L: 'R', R: 'L' };
/** The figure's viewBox is 16 14 168 134, so the centre line is x = 100. */
const VIEW = { left: 16, top: 14, right: 184, bottom: 148 };

const limbs = (d: FigureDrawing) => d.shapes.filter((s): s is Limb => s.kind === 'limb');
const leg = (d: FigureDrawing, side: Letter) =>
  limbs(d).find((s) => s.part !== 'arm' && s.side === side)!;
const arm = (d: FigureDrawing, side: Letter) =>
  limbs(d).find((s) => s.part === 'arm' && s.side === side)!;

const distance = (a: XY, b: XY) => Math.hypot(a[0] - b[0], a[1] - b[1]);
function toSegment(p: XY, a: XY, b: XY): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length2 = dx * dx + dy * dy;
  const t =
    length2 === 0
      ? 0
      : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return distance(p, [a[0] + t * dx, a[1] + t * dy]);
}
const toPolyline = (p: XY, points: readonly XY[]) =>
  points.length === 1
    ? distance(p, points[0]!)
    : Math.min(...points.slice(1).map((b, i) => toSegment(p, points[i]!, b)));
function inside(p: XY, polygon: readonly XY[]): boolean {
  let result = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [a, b] = [polygon[i]!, polygon[j]!];
    if (
      a[1] > p[1] !== b[1] > p[1] &&
      p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]
    )
      result = !result;
  }
  return result;
}
const centroid = (points: readonly XY[]): XY => [
  points.reduce((sum, p) => sum + p[0], 0) / points.length,
  points.reduce((sum, p) => sum + p[1], 0) / points.length,
];

describe('the leg being stretched', () => {
  for (const id of SIDED) {
    for (const side of SIDES) {
      it(`${id}, ${side}: is highlighted, and tagged with the side's letter`, () => {
        const d = drawFigure(id, side);
        const letter = LETTER[side];
        expect(d.tags.map((t) => t.letter)).toEqual([letter]);
        expect(leg(d, letter).part).toBe('working');
        expect(leg(d, OTHER[letter]).part).toBe('leg');
      });
    }
  }

  it('butterfly: both legs are highlighted and tagged, each with its own letter', () => {
    const d = drawFigure('butterfly', null);
    expect(d.tags.map((t) => t.letter).sort()).toEqual(['L', 'R']);
    expect(leg(d, 'L').part).toBe('working');
    expect(leg(d, 'R').part).toBe('working');
    // Seen from the front, the figure's left leg is on the viewer's right.
    const tag = (letter: Letter) => d.tags.find((t) => t.letter === letter)!;
    expect(tag('L').centre[0]).toBeGreaterThan(100);
    expect(tag('R').centre[0]).toBeLessThan(100);
  });

  for (const [id, side] of [
    ...SIDED.flatMap((id) => SIDES.map((side) => [id, side] as const)),
    ['butterfly', null] as const,
  ]) {
    it(`${id}, ${side ?? 'both'}: each tag sits on its own leg and covers no other part`, () => {
      const d = drawFigure(id, side);
      for (const tag of d.tags) {
        const own = leg(d, tag.letter);
        expect(toPolyline(tag.centre, own.points)).toBeLessThanOrEqual(tag.r + own.width / 2);
        for (const shape of d.shapes) {
          if (shape === own) continue;
          const clear =
            shape.kind === 'head'
              ? distance(tag.centre, shape.centre) - shape.r
              : shape.kind === 'torso'
                ? inside(tag.centre, shape.body)
                  ? 0
                  : toPolyline(tag.centre, [...shape.body, shape.body[0]!]) - 6
                : Math.min(
                    toPolyline(tag.centre, shape.points) - shape.width / 2,
                    ...(shape.hand ?? []).flat().map((p) => distance(tag.centre, p)),
                  );
          expect(
            clear,
            `${tag.letter} tag against ${JSON.stringify(shape).slice(0, 40)}`,
          ).toBeGreaterThanOrEqual(tag.r - 1);
        }
      }
    });
  }
});

describe('sides', () => {
  const mirrored = (p: XY): XY => [200 - p[0], p[1]];
  const near = (actual: readonly XY[], expected: readonly XY[]) => {
    expect(actual).toHaveLength(expected.length);
    actual.forEach((p, i) => {
      expect(p[0]).toBeCloseTo(expected[i]![0], 0);
      expect(p[1]).toBeCloseTo(expected[i]![1], 0);
    });
  };

  for (const id of SIDED) {
    it(`${id}: the right side is the mirror image of the left, with letters that still read L and R`, () => {
      const left = drawFigure(id, 'left');
      const right = drawFigure(id, 'right');
      near(right.mat, left.mat.map(mirrored));
      near(right.desk?.top ?? [], (left.desk?.top ?? []).map(mirrored));
      expect(right.shapes.map((s) => s.kind)).toEqual(left.shapes.map((s) => s.kind));
      right.shapes.forEach((shape, i) => {
        const twin = left.shapes[i]!;
        if (shape.kind === 'limb' && twin.kind === 'limb') {
          expect([shape.part, shape.side]).toEqual([twin.part, OTHER[twin.side]]);
          near(shape.points, twin.points.map(mirrored));
        } else if (shape.kind === 'head' && twin.kind === 'head') {
          near([shape.centre], [mirrored(twin.centre)]);
        } else if (shape.kind === 'torso' && twin.kind === 'torso') {
          near(shape.body, twin.body.map(mirrored));
        }
      });
      // The tag moves with its leg, but its letter is text, never a mirrored glyph.
      near([right.tags[0]!.centre], [mirrored(left.tags[0]!.centre)]);
      expect([left.tags[0]!.letter, right.tags[0]!.letter]).toEqual(['L', 'R']);
    });
  }
});

describe('the figure', () => {
  const all = [
    ...SIDED.flatMap((id) => SIDES.map((side) => [id, side] as const)),
    ['butterfly', null] as const,
  ];

  it('draws arms about half as thick as legs, in every drawing', () => {
    for (const [id, side] of all) {
      const d = drawFigure(id, side);
      const arms = limbs(d).filter((s) => s.part === 'arm');
      const legs = limbs(d).filter((s) => s.part !== 'arm');
      expect(arms).toHaveLength(2);
      expect(legs).toHaveLength(2);
      expect(Math.max(...arms.map((a) => a.width))).toBeLessThanOrEqual(
        0.6 * Math.min(...legs.map((l) => l.width)),
      );
      // Every arm ends in a hand; legs end in feet, not hands.
      for (const a of arms) expect(a.hand?.length).toBeGreaterThan(0);
      for (const l of legs) expect(l.hand).toBeUndefined();
    }
  });

  it('keeps every part inside the picture', () => {
    for (const [id, side] of all) {
      const d = drawFigure(id, side);
      const points: XY[] = [
        ...d.mat,
        ...(d.desk?.top ?? []),
        ...d.shapes.flatMap((s) =>
          s.kind === 'head'
            ? [
                [s.centre[0] - s.r, s.centre[1] - s.r] as XY,
                [s.centre[0] + s.r, s.centre[1] + s.r] as XY,
              ]
            : s.kind === 'torso'
              ? s.body
              : [...s.points, ...(s.hand ?? []).flat()],
        ),
      ];
      for (const [x, y] of points) {
        expect(x, `${id} ${side}`).toBeGreaterThanOrEqual(VIEW.left);
        expect(x, `${id} ${side}`).toBeLessThanOrEqual(VIEW.right);
        expect(y, `${id} ${side}`).toBeGreaterThanOrEqual(VIEW.top);
        expect(y, `${id} ${side}`).toBeLessThanOrEqual(VIEW.bottom);
      }
    }
  });

  for (const side of SIDES) {
    it(`standing quad, ${side}: the hand on the bent leg's side holds its foot, the other rests on the desk`, () => {
      const d = drawFigure('standing-quad', side);
      const letter = LETTER[side];
      const bent = leg(d, letter);
      const ankle = bent.points[2]!;
      const holding = arm(d, letter);
      expect(distance(holding.points.at(-1)!, ankle)).toBeLessThanOrEqual(bent.width);
      const resting = arm(d, OTHER[letter]);
      expect(inside(centroid(resting.hand!.flat()), d.desk!.top)).toBe(true);
      expect(distance(resting.points.at(-1)!, ankle)).toBeGreaterThan(3 * bent.width);
    });
  }

  for (const side of SIDES) {
    it(`lunge, ${side}: the highlighted leg kneels on the mat and the other foot is forward`, () => {
      const d = drawFigure('kneeling-lunge', side);
      const floor = Math.max(...d.mat.map((p) => p[1]));
      const kneeling = leg(d, LETTER[side]);
      const front = leg(d, OTHER[LETTER[side]]);
      expect(floor - kneeling.points[1]![1]).toBeLessThanOrEqual(kneeling.width);
      expect(floor - front.points[1]![1]).toBeGreaterThan(4 * front.width);
    });
  }
});

describe('the side stretch seen so the leg clearly goes out to the side', () => {
  it.each(SIDES)(
    'on the %s side the working leg reaches sideways, across the line of the back, not along it',
    (side) => {
      const drawing = drawFigure('kneeling-side', side);
      const working = leg(drawing, LETTER[side]);
      const [hip, , ankle] = [working.points[0]!, working.points[1]!, working.points.at(-1)!];
      const legDir = [ankle[0] - hip[0], ankle[1] - hip[1]] as const;
      const torso = drawing.shapes.find((s) => s.kind === 'torso')!;
      const body = torso.kind === 'torso' ? torso.body : [];
      const [pelvis, neck] = [body[0]!, body.at(-1)!];
      const backDir = [neck[0] - pelvis[0], neck[1] - pelvis[1]] as const;
      // Mostly level on the screen...
      expect(Math.abs(legDir[0])).toBeGreaterThan(1.5 * Math.abs(legDir[1]));
      // ...and well away from the back's line, which would read as a leg kicked back.
      const cos =
        (legDir[0] * backDir[0] + legDir[1] * backDir[1]) /
        (Math.hypot(...legDir) * Math.hypot(...backDir));
      expect(Math.abs(cos)).toBeLessThan(0.5);
      // The leg goes out on the side it belongs to as the viewer sees it from behind.
      expect(Math.sign(legDir[0])).toBe(side === 'left' ? -1 : 1);
    },
  );
});
