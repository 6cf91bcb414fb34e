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
 */
export const CATALOGUE: readonly Stretch[] = [
  {
    id: 'kneeling-lunge',
    name: 'Kneeling hip flexor lunge',
    summary: 'Opens the front of the hip that sitting keeps folded.',
    setup: [
      'Put a mat or folded towel down for your knee.',
      'Kneel on one knee and place the other foot flat in front of you.',
      'Rest your hands on your front thigh or your hips.',
    ],
    cues: [
      'Shift your weight forward slowly until the front of the back hip stretches.',
      'Keep your back straight and upright.',
      'Do not lean forward or arch backward.',
      'Breathe calmly; ease off if it pinches.',
    ],
    sided: true,
    legRoles: {
      left: 'Left knee down, right foot forward',
      right: 'Right knee down, left foot forward',
    },
  },
  {
    id: 'kneeling-side',
    name: 'Kneeling side stretch',
    summary: 'Lengthens the inner hip and groin.',
    setup: [
      'Kneel on one knee on the mat.',
      'Place both hands on the floor ahead of you for support.',
      'Slide the other leg straight out to the side, foot flat, as if heading for the splits.',
    ],
    cues: [
      'Lean forward and toward the outstretched leg until the inner hip stretches.',
      'Keep the outstretched leg long and the knee soft, not locked.',
      'Let your hands carry some of your weight.',
      'Stay in a gentle stretch; it should never hurt.',
    ],
    sided: true,
    legRoles: {
      left: 'Right knee down, left leg out to the side',
      right: 'Left knee down, right leg out to the side',
    },
  },
  {
    id: 'butterfly',
    name: 'Butterfly stretch',
    summary: 'Eases both inner hips at once while seated.',
    setup: [
      'Sit on the mat with your back tall.',
      'Press the soles of your feet against each other; your knees drop out to the sides.',
      'Hold your ankles or feet lightly.',
    ],
    cues: [
      'Let your knees sink toward the floor until you feel a stretch.',
      'Feel nothing? Draw your feet a little closer to you.',
      'Too strong? Slide your feet further away.',
      'Stay still: never bounce your knees.',
    ],
    sided: false,
  },
  {
    id: 'standing-quad',
    name: 'Standing quad stretch',
    summary: 'Stretches the front of the thigh and hip while standing.',
    setup: [
      'Stand beside a table, chair back or wall and hold it with one hand.',
      'Bend the other knee and bring that foot up behind you.',
      'Hold that foot with your other hand, close to your buttock.',
    ],
    cues: [
      'Keep both knees close together and your hips facing forward.',
      'Keep your pelvis level: no tipping forward or back.',
      'Stand tall and keep breathing.',
      'When the hold ends, lower the foot slowly.',
    ],
    sided: true,
    legRoles: {
      left: 'Left knee bent, left hand holds the left foot',
      right: 'Right knee bent, right hand holds the right foot',
    },
  },
];

/** The stretch with this id, or undefined if the id is not in the catalogue. */
export function stretchById(
  id: string,
  catalogue: readonly Stretch[] = CATALOGUE,
): Stretch | undefined {
  return catalogue.find((stretch) => stretch.id === id);
}
