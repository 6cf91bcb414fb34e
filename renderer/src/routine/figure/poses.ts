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

export type Limb = 'lArm' | 'rArm' | 'lLeg' | 'rLeg';

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
  /** Both hands rest flat on the floor, fingers forward. */
  handsFlat?: boolean;
  /** Limbs on the far side of the body, drawn lighter (profile views). */
  far?: readonly Limb[];
  /** Which legs are stretched; they are highlighted and tagged. */
  working: readonly ('l' | 'r')[];
  /** Where each tag sits, in drawing units from that leg's knee. */
  tagOffset: Readonly<Partial<Record<'l' | 'r', readonly [number, number]>>>;
}

export const POSES: Record<StretchId, Pose> = {
  // Seen from the left: the left knee on the mat with the shin flat behind it, the right foot
  // forward with the knee straight above the ankle, the back upright, hands on the front thigh.
  'kneeling-lunge': {
    view: { azimuth: 90, elevation: 8 },
    mat: { x: [-76, 74], z: [-28, 28] },
    far: ['rArm', 'rLeg'],
    working: ['l'],
    tagOffset: { l: [-4, -20] },
    joints: {
      head: [4, 114, 0],
      neck: [2, 99, 0],
      pelvis: [0, 47, 0],
      lShoulder: [2, 95, -16],
      rShoulder: [2, 95, 16],
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
  // Seen from behind on the left: the right knee on the mat under the hip with the shin flat
  // behind it, the left leg long out to the side, hips kept still and chest brought forward
  // over both hands flat on the mat.
  'kneeling-side': {
    view: { azimuth: 120, elevation: 25 },
    mat: { x: [-60, 76], z: [-100, 34] },
    handsFlat: true,
    working: ['l'],
    tagOffset: { l: [17, 2] },
    joints: {
      head: [64, 64, 0],
      neck: [48, 60, 0],
      pelvis: [2, 46, 0],
      lShoulder: [47, 57, -17],
      rShoulder: [47, 57, 17],
      lElbow: [50, 30, -19],
      rElbow: [50, 30, 19],
      lHand: [54, 3, -18],
      rHand: [54, 3, 18],
      lHip: [2, 46, -10],
      rHip: [2, 46, 10],
      lKnee: [1, 27, -49],
      rKnee: [0, 4, 12],
      lAnkle: [0, 6, -88],
      rAnkle: [-38, 4, 14],
      lToe: [12, 1, -90],
      rToe: [-46, 1, 14],
    },
  },
  // Seen from the front: sitting tall, soles together, knees out to the sides, hands at the
  // feet. Both legs are stretched.
  butterfly: {
    view: { azimuth: 0, elevation: 12 },
    mat: { x: [-16, 54], z: [-62, 62] },
    working: ['l', 'r'],
    tagOffset: { l: [-8, -14], r: [8, -14] },
    joints: {
      head: [0, 77, 0],
      neck: [0, 62, 0],
      pelvis: [0, 10, 0],
      lShoulder: [0, 58, -16],
      rShoulder: [0, 58, 16],
      lElbow: [14, 36, -20],
      rElbow: [14, 36, 20],
      lHand: [34, 12, -8],
      rHand: [34, 12, 8],
      lHip: [0, 10, -10],
      rHip: [0, 10, 10],
      lKnee: [26, 22, -40],
      rKnee: [26, 22, 40],
      lAnkle: [38, 6, -4],
      rAnkle: [38, 6, 4],
      lToe: [50, 4, -3],
      rToe: [50, 4, 3],
    },
  },
  // Seen from the left, standing beside a desk on the right: the right hand rests on the desk,
  // the left knee points at the floor beside the standing knee, the left hand holds that foot
  // behind the buttock.
  'standing-quad': {
    view: { azimuth: 90, elevation: 14 },
    mat: { x: [-50, 56], z: [-26, 26] },
    desk: { x: [-44, 64], z: [22, 84], height: 80 },
    far: ['rArm', 'rLeg'],
    working: ['l'],
    tagOffset: { l: [17, 8] },
    joints: {
      head: [2, 158, 0],
      neck: [0, 142, 0],
      pelvis: [0, 88, 0],
      lShoulder: [0, 138, -16],
      rShoulder: [0, 138, 16],
      lElbow: [-10, 112, -22],
      rElbow: [10, 112, 24],
      lHand: [-18, 86, -12],
      rHand: [22, 82, 30],
      lHip: [0, 88, -9],
      rHip: [0, 88, 9],
      lKnee: [-2, 46, -8],
      rKnee: [0, 46, 9],
      lAnkle: [-20, 80, -8],
      rAnkle: [0, 6, 9],
      lToe: [-30, 90, -8],
      rToe: [16, 1, 9],
    },
  },
};
