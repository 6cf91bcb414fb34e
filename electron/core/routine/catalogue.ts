import type { Stretch } from './types';

/**
 * The four stretches of the routine, in the order they are played by default. Their words are
 * messages of the chosen language (`stretch.<id>.…` in `electron/core/i18n/messages/`, read by
 * `stretchWords`); what each says is fixed here:
 *
 * Leg roles name the side by the leg being stretched, so side 'left' always means "the left
 * hip gets the stretch":
 * - kneeling lunge: the stretch is felt at the front of the hip of the kneeling (back) leg, so
 *   'left' puts the left knee down and the right foot forward;
 * - kneeling side stretch: the inner hip of the leg reaching out sideways is stretched, so
 *   'left' kneels on the right knee with the left leg straight out to the side; its large-view
 *   label names the leg that reaches out ("Left leg out"), since "Left leg" alone would hide
 *   that the right knee is down;
 * - standing quad: the bent leg's thigh and hip front are stretched, so 'left' bends the left
 *   knee and the left hand holds the left foot while the right hand holds the support.
 *
 * The side stretch leans by keeping the hips in place and taking the chest forward, towards
 * the hands: the source's "towards the front leg" is ambiguous in that position.
 */
export const CATALOGUE: readonly Stretch[] = [
  {
    id: 'kneeling-lunge',
    setupLines: 4,
    cueLines: 4,
    sided: true,
    // Up from the mat, the other knee down, the other foot forward.
    switchSeconds: 10,
  },
  {
    id: 'kneeling-side',
    setupLines: 4,
    cueLines: 4,
    sided: true,
    // Back onto all fours, swap the kneeling knee, slide the other leg out.
    switchSeconds: 15,
  },
  {
    id: 'butterfly',
    setupLines: 3,
    cueLines: 4,
    sided: false,
  },
  {
    id: 'standing-quad',
    setupLines: 4,
    cueLines: 4,
    sided: true,
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
