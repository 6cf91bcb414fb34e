import type { StretchId } from '../../../../electron/core/routine/types';

/**
 * A point of the body in centimetres: x points where the body faces, y up from the floor, z to
 * the body's RIGHT (so x, y, z is right-handed and nothing is mirrored by accident).
 */
export type Point3 = readonly [x: number, y: number, z: number];

export type Joint =
  | 'head'
  | 'neck'
  | 'pelvis'
  | `${'l' | 'r'}${'Shoulder' | 'Elbow' | 'Hand' | 'Hip' | 'Knee' | 'Ankle' | 'Toe'}`;

/** One side of the body: `l` is the body's own left. */
export type BodySide = 'l' | 'r';

/** A box standing on the floor: x and z ranges, and its height. */
export interface Box {
  x: readonly [number, number];
  z: readonly [number, number];
  height: number;
}

/**
 * One stretch as done on the LEFT side. The right side is drawn as its mirror image.
 * `view` is where the eye is: `azimuth` in degrees from straight ahead of the body (0) round to
 * its left (90), `elevation` in degrees above the floor.
 */
export interface Pose {
  joints: Readonly<Record<Joint, Point3>>;
  view: { azimuth: number; elevation: number };
  /** The mat under the body (x and z ranges on the floor). */
  mat: { x: readonly [number, number]; z: readonly [number, number] };
  desk?: Box;
  /** Hands that rest flat on the floor or the desk, fingers forward; the others hold on. */
  flatHands?: readonly BodySide[];
  /** The arm and leg on the far side of the body, drawn lighter (profile views). */
  far?: readonly BodySide[];
  /** Which legs are stretched; they are highlighted and tagged. */
  working: readonly BodySide[];
  /**
   * Where each working leg's tag sits: part-way (0 to 1) from one of its joints to the next,
   * then moved by `shift` drawing units (mirrored with the drawing) where the leg is crowded.
   */
  tagAt: Readonly<
    Partial<
      Record<BodySide, { from: Joint; to: Joint; t: number; shift?: readonly [number, number] }>
    >
  >;
}

export const POSES: Record<StretchId, Pose> = {
  // Seen from the left: the left knee on the mat with the shin flat behind it, the right foot
  // forward with the knee straight above the ankle, the back upright, hands on the front thigh.
  'kneeling-lunge': {
    view: { azimuth: 90, elevation: 8 },
    mat: { x: [-76, 74], z: [-28, 28] },
    far: ['r'],
    working: ['l'],
    tagAt: {},
    joints: {
      head: [4, 114, 0],
      neck: [2, 99, 0],
      pelvis: [0, 47, 0],
      lShoulder: [2, 95, -14],
      rShoulder: [2, 95, 14],
      lElbow: [12, 72, -20],
      rElbow: [12, 72, 20],
      lHand: [30, 52, -14],
      rHand: [30, 52, 14],
      lHip: [0, 47, -9],
      rHip: [0, 47, 9],
      lKnee: [-16, 4, -9],
      rKnee: [44, 44, 9],
      lAnkle: [-54, 5, -9],
      rAnkle: [44, 6, 9],
      lToe: [-64, 2, -9],
      rToe: [60, 2, 9],
    },
  },
  // Seen from behind and well above, a little to the left: the back runs up the screen and the
  // leg reaching sideways runs across it, so the leg cannot be read as kicked back (from the
  // front-left, back and leg lay on one line). The right knee on the mat under the hip with the
  // shin flat behind it, the left leg long out to the side with the foot flat, hips kept still
  // and the chest brought forward over both hands flat on the mat.
  'kneeling-side': {
    view: { azimuth: 160, elevation: 50 },
    mat: { x: [-52, 70], z: [-98, 24] },
    flatHands: ['l', 'r'],
    working: ['l'],
    tagAt: { l: { from: 'lKnee', to: 'lAnkle', t: 0.15 } },
    joints: {
      head: [60, 75, 0],
      neck: [51, 62, 0],
      pelvis: [0, 48, 0],
      lShoulder: [47, 58, -14],
      rShoulder: [47, 58, 14],
      lElbow: [49, 31, -19],
      rElbow: [49, 31, 19],
      lHand: [52, 3, -16],
      rHand: [52, 3, 16],
      lHip: [0, 48, -10],
      rHip: [0, 48, 10],
      lKnee: [0, 27, -47],
      rKnee: [0, 4, 10],
      lAnkle: [0, 6, -85],
      rAnkle: [-38, 5, 12],
      lToe: [14, 2, -86],
      rToe: [-50, 2, 12],
    },
  },
  // Seen from the front: sitting tall, soles together, knees out to the sides, hands at the
  // feet. Both legs are stretched.
  butterfly: {
    view: { azimuth: 0, elevation: 16 },
    mat: { x: [-16, 54], z: [-62, 62] },
    working: ['l', 'r'],
    tagAt: { l: { from: 'lHip', to: 'lKnee', t: 0.7 }, r: { from: 'rHip', to: 'rKnee', t: 0.7 } },
    joints: {
      head: [6, 76, 0],
      neck: [4, 62, 0],
      pelvis: [0, 10, 0],
      lShoulder: [4, 58, -14],
      rShoulder: [4, 58, 14],
      lElbow: [17, 37, -24],
      rElbow: [17, 37, 24],
      lHand: [33, 15, -9],
      rHand: [33, 15, 9],
      lHip: [0, 10, -10],
      rHip: [0, 10, 10],
      lKnee: [24, 24, -41],
      rKnee: [24, 24, 41],
      lAnkle: [36, 7, -4],
      rAnkle: [36, 7, 4],
      lToe: [50, 4, -3],
      rToe: [50, 4, 3],
    },
  },
  // Standing tall beside a desk on the right, seen from the front on the left: the right hand
  // rests flat on the desk, the left knee points at the floor beside the standing knee, and the
  // left hand holds that foot behind the buttock.
  'standing-quad': {
    view: { azimuth: 60, elevation: 14 },
    mat: { x: [-40, 64], z: [-32, 92] },
    desk: { x: [-12, 58], z: [26, 86], height: 78 },
    flatHands: ['r'],
    working: ['l'],
    tagAt: { l: { from: 'lKnee', to: 'lAnkle', t: 0, shift: [10, 5] } },
    joints: {
      head: [2, 153, 0],
      neck: [0, 141, 0],
      pelvis: [0, 90, 0],
      lShoulder: [0, 138, -14],
      rShoulder: [0, 138, 14],
      lElbow: [-12, 113, -22],
      rElbow: [2, 109, 25],
      lHand: [-24, 88, -14],
      rHand: [6, 79, 30],
      lHip: [0, 90, -9],
      rHip: [0, 90, 9],
      lKnee: [-10, 47, -8],
      rKnee: [2, 47, 9],
      lAnkle: [-28, 84, -9],
      rAnkle: [0, 7, 9],
      lToe: [-30, 97, -10],
      rToe: [15, 1, 9],
    },
  },
};
