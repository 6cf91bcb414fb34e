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
      'Kneel on one knee and place the other foot flat in front of you.',
      'Set that foot far enough forward that its knee is right above the ankle.',
      'Rest your hands on your front thigh or your hips.',
    ],
    cues: [
      'Tuck your pelvis under: squeeze the buttock on the kneeling side.',
      'Shift your weight forward slowly until the front of the back hip stretches.',
      'Keep your back straight and upright; do not lean forward or arch back.',
      'Keep the front knee above the ankle, not out past the toes.',
    ],
    keyCue: 'Tuck your pelvis under and keep your back upright.',
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
      'Kneel on one knee on the mat, the knee under your hip.',
      'Place both hands flat on the mat in front of you.',
      'Slide the other leg straight out to the side, as if heading for the side splits.',
      'Keep that foot flat on the mat, toes pointing forward.',
    ],
    cues: [
      'Keep your hips where they are and bring your chest forward, towards your hands.',
      'Stop where the inner thigh of the outstretched leg feels a gentle stretch.',
      'Keep the outstretched leg long and the knee soft, not locked.',
      'Let your hands carry some of your weight.',
    ],
    keyCue: 'Keep your hips still and bring your chest forward.',
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
    keyCue: 'Let your knees sink, and never bounce them.',
    sided: false,
    bothLegs: 'Soles together, knees out to the sides',
  },
  {
    id: 'standing-quad',
    name: 'Standing quad stretch',
    summary: 'Stretches the front of the thigh and hip while standing.',
    setup: [
      'Stand beside a steady desk or a wall and hold it with one hand.',
      'Never lean on a chair on wheels: it can roll away.',
      'Bend the other knee and hold that foot behind you, close to your buttock.',
      'Foot out of reach? Loop a towel or strap around it and hold the ends.',
    ],
    cues: [
      'Keep both knees close together and your hips facing forward.',
      'Keep your pelvis level and do not arch your lower back.',
      'Stand tall and keep breathing.',
      'When the hold ends, lower the foot slowly.',
    ],
    keyCue: 'Knees together, and do not arch your lower back.',
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
