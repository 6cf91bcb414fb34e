import type { Stretch } from './types';

/**
 * The four stretches of the routine, in the order they are played by default.
 *
 * Leg roles name the side by the leg being stretched, so side 'left' always means "the left
 * hip gets the stretch":
 * - kneeling lunge: the stretch is felt at the front of the hip of the kneeling (back) leg, so
 *   'left' puts the left knee down and the right foot forward;
 * - kneeling side stretch: the inner hip of the leg reaching out sideways is stretched, so
 *   'left' kneels on the right knee with the left leg straight out to the side;
 * - standing quad: the bent leg's thigh and hip front are stretched, so 'left' bends the left
 *   knee and the left hand holds the left foot while the right hand holds the support.
 *
 * The side stretch leans by keeping the hips in place and taking the chest forward, towards
 * the hands: the source's "towards the front leg" is ambiguous in that position.
 */
export const CATALOGUE: readonly Stretch[] = [
  {
    id: 'kneeling-lunge',
    name: 'Kneeling hip flexor lunge',
    summary: 'Opens the front of the hip that sitting keeps folded.',
    setup: [
      'Put a mat or folded towel down for your knee.',
      'Kneel on one knee, the other foot in front.',
      'Set the front knee right above the ankle.',
      'Rest your hands on your front thigh or hips.',
    ],
    cues: [
      'Tuck your pelvis under: squeeze the back buttock.',
      'Ease forward until the back hip stretches.',
      'Back straight: no leaning, no arching.',
      'Keep the front knee above the ankle.',
    ],
    keyCue: 'Tuck your pelvis under and keep your back upright.',
    safety: 'A soft mat under the knee; front knee right above the ankle.',
    sided: true,
    legRoles: {
      left: 'Left knee down, right foot forward',
      right: 'Right knee down, left foot forward',
    },
    sideLabels: { left: 'Left knee down', right: 'Right knee down' },
    // Up from the mat, the other knee down, the other foot forward.
    switchSeconds: 10,
  },
  {
    id: 'kneeling-side',
    name: 'Kneeling side stretch',
    summary: 'Lengthens the inner hip and groin.',
    setup: [
      'Kneel on one knee, the knee under your hip.',
      'Put both hands flat on the mat ahead.',
      'Slide the other leg out, as for side splits.',
      'Keep that foot flat, toes pointing forward.',
    ],
    cues: [
      'Hips stay put; bring your chest forward.',
      'Stop at a gentle stretch in the inner thigh.',
      'Keep the long leg straight, its knee soft.',
      'Let your hands carry some of your weight.',
    ],
    keyCue: 'Keep your hips still and bring your chest forward.',
    safety: 'Slide the leg out only as far as is comfortable.',
    sided: true,
    legRoles: {
      left: 'Right knee down, left leg out to the side',
      right: 'Left knee down, right leg out to the side',
    },
    // Named by the leg that reaches out: "Left leg" alone would hide that the right knee is down.
    sideLabels: { left: 'Left leg out', right: 'Right leg out' },
    // Back onto all fours, swap the kneeling knee, slide the other leg out.
    switchSeconds: 15,
  },
  {
    id: 'butterfly',
    name: 'Butterfly stretch',
    summary: 'Eases both inner hips at once while seated.',
    setup: [
      'Sit on the mat with your back tall.',
      'Soles of your feet together, knees out.',
      'Hold your ankles or feet lightly.',
    ],
    cues: [
      'Let your knees sink until you feel a stretch.',
      'Feel nothing? Draw your feet closer.',
      'Too strong? Slide your feet further away.',
      'Stay still: never bounce your knees.',
    ],
    keyCue: 'Let your knees sink, and never bounce them.',
    safety: 'Let the knees down only as far as is comfortable.',
    sided: false,
    bothLegs: 'Soles together, knees out to the sides',
  },
  {
    id: 'standing-quad',
    name: 'Standing quad stretch',
    summary: 'Stretches the front of the thigh and hip while standing.',
    setup: [
      'Hold a steady desk or a wall with one hand.',
      'Never hold a chair on wheels: it can roll away.',
      'Bend the other knee, heel up to your buttock, and hold that foot.',
      'Foot out of reach? Use a towel or strap.',
    ],
    cues: [
      'Knees close together, hips facing forward.',
      'Pelvis level: do not arch your lower back.',
      'Stand tall and keep breathing.',
      'When the hold ends, lower the foot slowly.',
    ],
    keyCue: 'Knees together, and do not arch your lower back.',
    safety: 'Hold a steady desk or wall, never a chair on wheels.',
    sided: true,
    legRoles: {
      left: 'Left knee bent, left hand holds the left foot',
      right: 'Right knee bent, right hand holds the right foot',
    },
    sideLabels: { left: 'Left knee bent', right: 'Right knee bent' },
    // Lower the foot, turn round, change hands on the support, take the other foot.
    switchSeconds: 15,
  },
];

/** The stretch with this id, or undefined if the id is not in the catalogue. */
export function stretchById(
  id: string,
  catalogue: readonly Stretch[] = CATALOGUE,
): Stretch | undefined {
  return catalogue.find((stretch) => stretch.id === id);
}
