import type { Side, StretchId } from '../../../../electron/core/routine/types';
import { POSES, type Joint, type Limb, type Point3, type Pose } from './poses';

/** The drawing area inside the figure's viewBox (16 14 168 134). */
const AREA = { left: 22, right: 178, top: 18, bottom: 146 };
const HEAD_RADIUS_CM = 11;
/** Drawing units per centimetre at most, so a small pose is not drawn larger than life-like. */
const MAX_SCALE = 1.25;

/** `girdle` is the line across the hips or the shoulders. */
export type Part = 'trunk' | 'girdle' | 'arm' | 'leg' | 'working';

export type Shape =
  | { kind: 'line'; part: Part; far: boolean; points: string }
  | { kind: 'head'; x: number; y: number; r: number };

export interface Tag {
  x: number;
  y: number;
  letter: 'L' | 'R';
}

/** Everything the figure component draws, back to front, with the side already applied. */
export interface FigureDrawing {
  mat: string;
  desk: { top: string; legs: string[] } | null;
  shapes: Shape[];
  tags: Tag[];
}

interface Projected {
  x: number;
  y: number;
  depth: number;
}

/** Straight-on parallel projection from where the pose's view puts the eye. */
function projector(view: Pose['view']): (p: Point3) => Projected {
  const a = (view.azimuth * Math.PI) / 180;
  const b = (view.elevation * Math.PI) / 180;
  // Towards the eye along the floor, and the screen's rightward direction; z is the body's right.
  const toward: Point3 = [Math.cos(a), 0, -Math.sin(a)];
  const right: Point3 = [-Math.sin(a), 0, -Math.cos(a)];
  const dot = (p: Point3, q: Point3) => p[0] * q[0] + p[1] * q[1] + p[2] * q[2];
  return (p) => {
    const along = dot(p, toward);
    return {
      x: dot(p, right),
      y: -(p[1] * Math.cos(b) - along * Math.sin(b)),
      depth: along * Math.cos(b) + p[1] * Math.sin(b),
    };
  };
}

function floorCorners(x: readonly [number, number], z: readonly [number, number], y = 0): Point3[] {
  return [
    [x[0], y, z[0]],
    [x[1], y, z[0]],
    [x[1], y, z[1]],
    [x[0], y, z[1]],
  ];
}

const LIMBS: { part: Exclude<Part, 'working'>; limb?: Limb; joints: Joint[] }[] = [
  { part: 'leg', limb: 'lLeg', joints: ['lHip', 'lKnee', 'lAnkle', 'lToe'] },
  { part: 'leg', limb: 'rLeg', joints: ['rHip', 'rKnee', 'rAnkle', 'rToe'] },
  { part: 'girdle', joints: ['lHip', 'rHip'] },
  { part: 'trunk', joints: ['pelvis', 'neck'] },
  { part: 'girdle', joints: ['lShoulder', 'rShoulder'] },
  { part: 'arm', limb: 'lArm', joints: ['lShoulder', 'lElbow', 'lHand'] },
  { part: 'arm', limb: 'rArm', joints: ['rShoulder', 'rElbow', 'rHand'] },
];

/** How far a hand flat on the floor reaches forward from the wrist. */
const PALM_CM = 11;

/**
 * The drawing of a stretch for one side. The pose is projected from its view and fitted into
 * the drawing area; the right side is the mirror image of the left, and the L/R tags are placed
 * after mirroring so they stay readable letters.
 */
export function drawFigure(stretchId: StretchId, side: Side | null): FigureDrawing {
  const pose = POSES[stretchId];
  const project = projector(pose.view);
  const joint = (name: Joint): Projected => project(pose.joints[name]);
  const mat = floorCorners(pose.mat.x, pose.mat.z).map(project);
  const deskTop = pose.desk
    ? floorCorners(pose.desk.x, pose.desk.z, pose.desk.height).map(project)
    : [];
  const deskFeet = pose.desk ? floorCorners(pose.desk.x, pose.desk.z).map(project) : [];

  // Fit everything into the area, standing on its bottom edge and centred across.
  const head = joint('head');
  const all = [...mat, ...deskTop, ...(Object.keys(pose.joints) as Joint[]).map(joint)];
  const minX = Math.min(...all.map((p) => p.x), head.x - HEAD_RADIUS_CM);
  const maxX = Math.max(...all.map((p) => p.x), head.x + HEAD_RADIUS_CM);
  const minY = Math.min(...all.map((p) => p.y), head.y - HEAD_RADIUS_CM);
  const maxY = Math.max(...all.map((p) => p.y));
  const scale = Math.min(
    MAX_SCALE,
    (AREA.right - AREA.left) / (maxX - minX),
    (AREA.bottom - AREA.top) / (maxY - minY),
  );
  const centre = (AREA.left + AREA.right) / 2;
  const mirror = side === 'right' ? -1 : 1;
  const sx = (p: Projected) => round(centre + mirror * (p.x - (minX + maxX) / 2) * scale);
  const sy = (p: Projected) => round(AREA.bottom - (maxY - p.y) * scale);
  const path = (points: Projected[]) => points.map((p) => `${sx(p)},${sy(p)}`).join(' ');

  const palm = (hand: Point3): Point3 => [hand[0] + PALM_CM, hand[1], hand[2]];
  const shapes: (Shape & { depth: number })[] = LIMBS.map(({ part, limb, joints }) => {
    const points = joints.map(joint);
    const hand = joints.at(-1);
    if (pose.handsFlat && (hand === 'lHand' || hand === 'rHand')) {
      points.push(project(palm(pose.joints[hand])));
    }
    const depth = points.reduce((sum, p) => sum + p.depth, 0) / points.length;
    const working =
      (limb === 'lLeg' && pose.working.includes('l')) ||
      (limb === 'rLeg' && pose.working.includes('r'));
    return {
      kind: 'line' as const,
      part: working ? 'working' : part,
      far: limb !== undefined && (pose.far ?? []).includes(limb),
      points: path(points),
      depth,
    };
  });
  shapes.push({
    kind: 'head',
    x: sx(head),
    y: sy(head),
    r: round(HEAD_RADIUS_CM * scale),
    depth: head.depth,
  });
  shapes.sort((a, b) => a.depth - b.depth);

  const letter = (leg: 'l' | 'r'): Tag['letter'] =>
    (leg === 'l') === (side !== 'right') ? 'L' : 'R';
  return {
    mat: path(mat),
    desk: pose.desk
      ? {
          top: path(deskTop),
          legs: deskTop.map((top, i) => path([top, deskFeet[i] as Projected])),
        }
      : null,
    shapes: shapes.map(({ depth: _depth, ...shape }) => shape),
    tags: pose.working.map((leg) => {
      const knee = joint(leg === 'l' ? 'lKnee' : 'rKnee');
      const [dx, dy] = pose.tagOffset[leg] ?? [0, -14];
      return { x: round(sx(knee) + mirror * dx), y: round(sy(knee) + dy), letter: letter(leg) };
    }),
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
