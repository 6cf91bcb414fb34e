import { describe, expect, it } from 'vitest';
import { STRETCH_IDS } from '../../../../../electron/core/routine/types';
import {
  POSES,
  type BodySide,
  type Joint,
  type Point3,
} from '../../../../../renderer/src/routine/figure/poses';

// Every pose is the stretch as done on the LEFT side (the catalogue's "left" roles); the right
// side is drawn as its mirror image. Lengths are in centimetres, y up from the floor.
const distance = (a: Point3, b: Point3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
/** The angle at `b` between the segments to `a` and `c`, in degrees (180 is straight). */
function angle(a: Point3, b: Point3, c: Point3): number {
  const u = [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
  const v = [c[0] - b[0], c[1] - b[1], c[2] - b[2]];
  const cos =
    (u[0]! * v[0]! + u[1]! * v[1]! + u[2]! * v[2]!) / (Math.hypot(...u) * Math.hypot(...v));
  return (Math.acos(cos) * 180) / Math.PI;
}
const ON_FLOOR_CM = 7;

describe('every pose is one body', () => {
  const segments: [string, Joint, Joint, number, number][] = (['l', 'r'] as BodySide[]).flatMap(
    (s): [string, Joint, Joint, number, number][] => [
      ['thigh', `${s}Hip`, `${s}Knee`, 40, 48],
      ['shin', `${s}Knee`, `${s}Ankle`, 36, 44],
      ['foot', `${s}Ankle`, `${s}Toe`, 10, 17],
      ['upper arm', `${s}Shoulder`, `${s}Elbow`, 24, 32],
      ['forearm', `${s}Elbow`, `${s}Hand`, 24, 32],
    ],
  );
  for (const id of STRETCH_IDS) {
    it(`${id}: limbs have human lengths, the head sits on the neck and the hips are level`, () => {
      const j = POSES[id].joints;
      for (const [name, from, to, min, max] of segments) {
        expect(distance(j[from], j[to]), `${name} ${from}-${to}`).toBeGreaterThanOrEqual(min);
        expect(distance(j[from], j[to]), `${name} ${from}-${to}`).toBeLessThanOrEqual(max);
      }
      expect(distance(j.head, j.neck)).toBeLessThanOrEqual(16);
      expect(distance(j.lHip, j.rHip)).toBeGreaterThan(14);
      expect(j.lHip[1]).toBe(j.rHip[1]);
      // Every joint stays above the floor.
      for (const p of Object.values(j)) expect(p[1]).toBeGreaterThanOrEqual(0);
    });
  }
});

describe('each pose is the stretch the catalogue describes for the left side', () => {
  it('lunge: left knee down with the shin flat behind, right foot forward, knee over ankle, back upright', () => {
    const { joints: j, working } = POSES['kneeling-lunge'];
    expect(working).toEqual(['l']);
    expect(j.lKnee[1]).toBeLessThanOrEqual(ON_FLOOR_CM);
    expect(j.lAnkle[1]).toBeLessThanOrEqual(ON_FLOOR_CM);
    expect(j.lAnkle[0]).toBeLessThan(j.lKnee[0] - 30);
    expect(j.rAnkle[0]).toBeGreaterThan(j.pelvis[0] + 30);
    expect(Math.abs(j.rKnee[0] - j.rAnkle[0])).toBeLessThanOrEqual(3);
    expect(j.rKnee[1]).toBeGreaterThan(35);
    expect(Math.abs(j.neck[0] - j.pelvis[0])).toBeLessThanOrEqual(5);
  });

  it('side stretch: right knee down under the hip, left leg straight out to the side, hands flat ahead, chest forward', () => {
    const { joints: j, working, flatHands } = POSES['kneeling-side'];
    expect(working).toEqual(['l']);
    // Kneeling on the right knee, under the right hip, with the shin flat on the mat behind.
    expect(j.rKnee[1]).toBeLessThanOrEqual(ON_FLOOR_CM);
    expect(Math.hypot(j.rKnee[0] - j.rHip[0], j.rKnee[2] - j.rHip[2])).toBeLessThanOrEqual(5);
    expect(j.rAnkle[1]).toBeLessThanOrEqual(ON_FLOOR_CM);
    expect(j.rAnkle[0]).toBeLessThan(j.rKnee[0] - 30);
    // The left leg reaches straight out sideways, its foot flat with the toes forward.
    expect(angle(j.lHip, j.lKnee, j.lAnkle)).toBeGreaterThan(170);
    expect(j.lAnkle[2]).toBeLessThan(j.lHip[2] - 60);
    expect(Math.abs(j.lAnkle[0] - j.lHip[0])).toBeLessThanOrEqual(10);
    expect(j.lAnkle[1]).toBeLessThanOrEqual(ON_FLOOR_CM);
    expect(j.lToe[0]).toBeGreaterThan(j.lAnkle[0] + 8);
    // Both hands flat on the mat in front; the chest is forward of the hips.
    expect(flatHands).toEqual(['l', 'r']);
    for (const hand of [j.lHand, j.rHand]) {
      expect(hand[1]).toBeLessThanOrEqual(ON_FLOOR_CM);
      expect(hand[0]).toBeGreaterThan(j.pelvis[0] + 40);
    }
    expect(j.neck[0]).toBeGreaterThan(j.pelvis[0] + 35);
    expect(j.head[0]).toBeGreaterThan(j.neck[0]);
  });

  it('butterfly: sitting, soles together, knees out to the sides, hands at the feet', () => {
    const { joints: j, working } = POSES.butterfly;
    expect(working).toEqual(['l', 'r']);
    expect(j.pelvis[1]).toBeLessThan(15);
    expect(distance(j.lAnkle, j.rAnkle)).toBeLessThanOrEqual(10);
    expect(j.lKnee[2]).toBeLessThan(j.lHip[2] - 25);
    expect(j.rKnee[2]).toBeGreaterThan(j.rHip[2] + 25);
    expect(distance(j.lHand, j.lAnkle)).toBeLessThanOrEqual(12);
    expect(distance(j.rHand, j.rAnkle)).toBeLessThanOrEqual(12);
  });

  it('quad: standing tall on the right leg, left knee bent down beside it, left hand on the left foot, right hand on a desk beside', () => {
    const { joints: j, working, desk, flatHands } = POSES['standing-quad'];
    expect(working).toEqual(['l']);
    expect(j.rAnkle[1]).toBeLessThanOrEqual(ON_FLOOR_CM);
    expect(angle(j.rHip, j.rKnee, j.rAnkle)).toBeGreaterThan(170);
    expect(j.neck[1] - j.pelvis[1]).toBeGreaterThan(45);
    expect(Math.abs(j.neck[0] - j.pelvis[0])).toBeLessThanOrEqual(3);
    // The left knee points at the floor next to the right knee; the foot is behind the buttock.
    expect(j.lKnee[1]).toBeLessThan(j.lHip[1] - 35);
    expect(Math.abs(j.lKnee[2] - j.rKnee[2])).toBeLessThanOrEqual(20);
    expect(j.lAnkle[1]).toBeGreaterThan(j.lHip[1] - 15);
    expect(j.lAnkle[0]).toBeLessThan(j.lHip[0] - 10);
    expect(distance(j.lHand, j.lAnkle)).toBeLessThanOrEqual(8);
    // The desk stands beside the body on the right, and the right hand rests flat on its top.
    expect(desk).toBeDefined();
    expect(desk!.z[0]).toBeGreaterThan(Math.max(j.rShoulder[2], j.rHip[2]) + 5);
    expect(flatHands).toEqual(['r']);
    expect(Math.abs(j.rHand[1] - desk!.height)).toBeLessThanOrEqual(2);
    expect(j.rHand[0]).toBeGreaterThan(desk!.x[0]);
    expect(j.rHand[2]).toBeGreaterThan(desk!.z[0]);
  });
});
