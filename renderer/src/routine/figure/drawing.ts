import type { Side, StretchId } from '../../../../electron/core/routine/types';
import { POSES, type Joint, type Point3, type Pose } from './poses';

/** The drawing area inside the figure's viewBox (16 14 168 134). */
const AREA = { left: 22, right: 178, top: 18, bottom: 146 };
const HEAD_RADIUS_CM = 11;
/** Drawing units per centimetre at most, so a small pose is not drawn larger than life-like. */
const MAX_SCALE = 1.25;

/**
 * Stroke widths in drawing units, the same in every drawing so the four read as one family.
 * Arms are about half as thick as legs: a figure on all fours must not look four-legged.
 */
export const WIDTH = { torso: 12, neck: 8, leg: 10, arm: 5, hand: 2, gap: 3 } as const;
export const TAG_RADIUS = 10;

export type Letter = 'L' | 'R';
export type XY = readonly [x: number, y: number];

export type Shape =
  | { kind: 'torso'; body: XY[]; neck: XY[] }
  | {
      kind: 'limb';
      /** `working` is the leg being stretched. */
      part: 'arm' | 'leg' | 'working';
      /** The body's side this limb belongs to, after mirroring. */
      side: Letter;
      /** On the far side of the body, drawn lighter. */
      far: boolean;
      points: XY[];
      width: number;
      /** An arm's hand: the outlines of a palm and thumb, or of a fist. */
      hand?: XY[][];
      /**
       * The stretch of an arm that gets a thin gap around it, so it stays visible where it
       * crosses the torso in the same colour; it starts below the shoulder, which stays joined.
       */
      outline?: XY[];
    }
  | { kind: 'head'; centre: XY; r: number };

export interface Tag {
  centre: XY;
  r: number;
  letter: Letter;
}

/** Everything the figure component draws, back to front, with the side already applied. */
export interface FigureDrawing {
  mat: XY[];
  desk: { top: XY[]; legs: XY[][] } | null;
  shapes: Shape[];
  tags: Tag[];
}

interface Projected {
  x: number;
  y: number;
  /**
   * How near the eye, along the floor only: parts are drawn far to near by it. Height is left
   * out on purpose, or a raised eye would put a standing body's torso in front of its own arm.
   */
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
      depth: along,
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

/** An oval of points in the horizontal plane through `centre`, turned by `angle` from forward. */
function flatOval(centre: Point3, length: number, halfWidth: number, angle = 0): Point3[] {
  return Array.from({ length: 16 }, (_, i) => {
    const t = (i / 16) * 2 * Math.PI;
    const [u, v] = [length * Math.cos(t), halfWidth * Math.sin(t)];
    return [
      centre[0] + u * Math.cos(angle) - v * Math.sin(angle),
      centre[1],
      centre[2] + u * Math.sin(angle) + v * Math.cos(angle),
    ];
  });
}

/**
 * A hand lying flat on a surface, fingers forward: a palm reaching forward from the wrist and a
 * thumb splayed towards the body's middle, so it reads as a hand and never as a foot.
 */
function flatHand(wrist: Point3): Point3[][] {
  const inward = wrist[2] < 0 ? 1 : -1;
  return [
    flatOval([wrist[0] + 7, wrist[1], wrist[2]], 7.5, 4.6),
    flatOval([wrist[0] + 4, wrist[1], wrist[2] + inward * 5], 3.6, 1.8, inward * 0.8),
  ];
}

/** A hand that holds something: a small round fist at the wrist, turned to face the eye. */
const FIST_RADIUS_CM = 5;

const SIDES = ['l', 'r'] as const;

/** The pose seen from its point of view: joints, mat, desk and flat hands, before fitting. */
function projectScene(pose: Pose) {
  const project = projector(pose.view);
  const joint = (name: Joint): Projected => project(pose.joints[name]);
  const mat = floorCorners(pose.mat.x, pose.mat.z).map(project);
  const deskTop = pose.desk
    ? floorCorners(pose.desk.x, pose.desk.z, pose.desk.height).map(project)
    : [];
  const deskFeet = pose.desk ? floorCorners(pose.desk.x, pose.desk.z).map(project) : [];
  const palms = Object.fromEntries(
    SIDES.flatMap((s) =>
      pose.flatHands?.includes(s)
        ? [[s, flatHand(pose.joints[`${s}Hand`]).map((part) => part.map(project))]]
        : [],
    ),
  ) as Partial<Record<'l' | 'r', Projected[][]>>;
  return { joint, mat, deskTop, deskFeet, palms };
}

type Scene = ReturnType<typeof projectScene>;

/**
 * Where each projected point lands in the drawing area: everything fitted in and centred both
 * ways, so a low pose does not hug the bottom; the right side mirrored.
 */
function fitToArea(pose: Pose, scene: Scene, side: Side | null) {
  const head = scene.joint('head');
  const all = [
    ...scene.mat,
    ...scene.deskTop,
    ...(Object.keys(pose.joints) as Joint[]).map(scene.joint),
    ...(scene.palms.l ?? []).flat(),
    ...(scene.palms.r ?? []).flat(),
  ];
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
  const middle = (AREA.top + AREA.bottom) / 2;
  const mirror = side === 'right' ? -1 : 1;
  const at = (p: Projected): XY => [
    round(centre + mirror * (p.x - (minX + maxX) / 2) * scale),
    round(middle + (p.y - (minY + maxY) / 2) * scale),
  ];
  return { at, scale, mirror };
}

type Fit = ReturnType<typeof fitToArea>;

const meanDepth = (points: Projected[]) =>
  points.reduce((sum, p) => sum + p.depth, 0) / points.length;

/** Torso, head, legs and arms, farthest first so nearer parts are drawn over them. */
function bodyShapes(
  pose: Pose,
  scene: Scene,
  { at, scale }: Fit,
  letter: (s: 'l' | 'r') => Letter,
) {
  const { joint, palms } = scene;
  const head = joint('head');
  const shapes: (Shape & { depth: number })[] = [];
  const torso = (['lShoulder', 'rShoulder', 'rHip', 'lHip'] as const).map(joint);
  shapes.push({
    kind: 'torso',
    body: torso.map(at),
    neck: [at(joint('neck')), at(head)],
    depth: meanDepth(torso),
  });
  shapes.push({
    kind: 'head',
    centre: at(head),
    r: round(HEAD_RADIUS_CM * scale),
    depth: head.depth,
  });
  for (const s of SIDES) {
    const far = (pose.far ?? []).includes(s);
    const leg = ([`${s}Hip`, `${s}Knee`, `${s}Ankle`, `${s}Toe`] as const).map(joint);
    shapes.push({
      kind: 'limb',
      part: pose.working.includes(s) ? 'working' : 'leg',
      side: letter(s),
      far,
      points: leg.map(at),
      width: WIDTH.leg,
      depth: meanDepth(leg),
    });
    const arm = ([`${s}Shoulder`, `${s}Elbow`, `${s}Hand`] as const).map(joint);
    const wrist = joint(`${s}Hand`);
    const fist = Array.from({ length: 12 }, (_, i): Projected => {
      const t = (i / 12) * 2 * Math.PI;
      const r = FIST_RADIUS_CM - WIDTH.hand / 2 / scale;
      return { x: wrist.x + r * Math.cos(t), y: wrist.y + r * Math.sin(t), depth: wrist.depth };
    });
    shapes.push({
      kind: 'limb',
      part: 'arm',
      side: letter(s),
      far,
      points: arm.map(at),
      width: WIDTH.arm,
      hand: (palms[s] ?? [fist]).map((part) => part.map(at)),
      outline: [at(lerp(arm[0] as Projected, arm[1] as Projected, 0.45)), ...arm.slice(1).map(at)],
      // A hand is in front of what it holds or rests on, so the arm is as near as its hand.
      depth: wrist.depth,
    });
  }
  shapes.sort((a, b) => a.depth - b.depth);
  return shapes.map(({ depth: _depth, ...shape }) => shape as Shape);
}

/** The letter tag of each working leg, placed after mirroring so it stays readable. */
function legTags(pose: Pose, scene: Scene, { at, mirror }: Fit, letter: (s: 'l' | 'r') => Letter) {
  return pose.working.map((s): Tag => {
    const spot = pose.tagAt[s] ?? { from: `${s}Hip`, to: `${s}Knee`, t: 0.5 };
    const [dx, dy] = spot.shift ?? [0, 0];
    const [x0, y0] = at(scene.joint(spot.from));
    const [x1, y1] = at(scene.joint(spot.to));
    return {
      centre: [round(x0 + (x1 - x0) * spot.t + mirror * dx), round(y0 + (y1 - y0) * spot.t + dy)],
      r: TAG_RADIUS,
      letter: letter(s),
    };
  });
}

/**
 * The drawing of a stretch for one side. The pose is projected from its view and fitted into
 * the drawing area; the right side is the mirror image of the left, and the L/R tags are placed
 * after mirroring so they stay readable letters.
 */
export function drawFigure(stretchId: StretchId, side: Side | null): FigureDrawing {
  const pose = POSES[stretchId];
  const scene = projectScene(pose);
  const fit = fitToArea(pose, scene, side);
  const letter = (s: 'l' | 'r'): Letter => ((s === 'l') === (side !== 'right') ? 'L' : 'R');
  const { at } = fit;
  return {
    mat: scene.mat.map(at),
    desk: pose.desk
      ? {
          top: scene.deskTop.map(at),
          legs: scene.deskTop.map((top, i) => [at(top), at(scene.deskFeet[i] as Projected)]),
        }
      : null,
    shapes: bodyShapes(pose, scene, fit, letter),
    tags: legTags(pose, scene, fit, letter),
  };
}

function lerp(a: Projected, b: Projected, t: number): Projected {
  return {
    x: a.x + (b.x - a.x) * t,
    y: a.y + (b.y - a.y) * t,
    depth: a.depth + (b.depth - a.depth) * t,
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
