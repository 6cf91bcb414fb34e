import type { StretchId } from '../../../../electron/core/routine/types';

/** A limb or the trunk as a polyline of "x,y" points in a 200 x 160 box; the mat is at y 140. */
type Segment = string;

/**
 * One drawing per stretch, showing the left side being stretched; the right side is the same
 * drawing mirrored. `far` limbs sit behind the body and are drawn lighter, `working` marks the
 * leg that gets the stretch so the two sides look different at a glance.
 */
export interface Pose {
  head: { x: number; y: number };
  trunk: Segment[];
  far: Segment[];
  near: Segment[];
  working: Segment[];
  /** A table for balance (x, y of its top-left corner, width, height), drawn behind the figure. */
  support?: { x: number; y: number; width: number; height: number };
}

export const POSES: Record<StretchId, Pose> = {
  // Side view, facing right: left knee down behind, right foot planted in front.
  'kneeling-lunge': {
    head: { x: 100, y: 36 },
    trunk: ['96,96 98,56'],
    far: ['98,60 112,78 124,92'],
    near: ['96,96 130,98 134,136 148,136', '98,60 104,80 120,94'],
    working: ['96,96 72,134 40,136'],
  },
  // Front view: kneeling on the right knee, left leg long to the side, leaning toward it with
  // both hands on the floor.
  'kneeling-side': {
    head: { x: 118, y: 50 },
    trunk: ['84,100 100,100', '92,100 110,66'],
    far: ['104,70 102,104 104,136', '116,72 124,104 128,136'],
    near: ['84,100 72,136 60,136'],
    working: ['100,100 134,118 172,134'],
  },
  // Front view: sitting tall, soles together, knees dropped out to the sides.
  butterfly: {
    head: { x: 100, y: 50 },
    trunk: ['100,126 100,70'],
    far: [],
    near: ['92,76 80,100 94,130', '108,76 120,100 106,130'],
    working: ['94,128 58,112 94,136', '106,128 142,112 106,136'],
  },
  // Side view, facing right: right hand on the table, left heel drawn up to the buttock.
  'standing-quad': {
    head: { x: 88, y: 28 },
    trunk: ['86,88 86,44'],
    far: ['86,88 88,112 88,136 100,136'],
    near: ['86,50 108,66 140,80', '86,50 76,74 70,98'],
    working: ['86,88 90,118 68,100'],
    support: { x: 138, y: 80, width: 44, height: 56 },
  },
};
