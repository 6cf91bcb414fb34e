/**
 * The health caution, written once: the routine window shows it before the first routine and
 * both windows show it again as the "Health note". Each point may start with a few words
 * shown in bold.
 */
export interface CautionPoint {
  strong?: string;
  text: string;
}

export const HEALTH_CAUTION: {
  lead: string;
  points: readonly CautionPoint[];
} = {
  lead:
    'This routine helps keep your hips supple when you spend long hours in a chair. ' +
    'It is meant to prevent trouble, not to treat it.',
  points: [
    {
      strong: 'It is for people without pain, stiffness or limited movement',
      text: ' in the back, the neck or the hips right now.',
    },
    {
      text:
        'If any of those persists or keeps coming back, have a physiotherapist or a chiropractor ' +
        'look at it instead of stretching through it.',
    },
    {
      strong: 'Knee trouble?',
      text:
        ' Two of the stretches kneel on the floor: steady yourself on a wall going down and ' +
        'coming up, or skip them.',
    },
    {
      strong: 'Poor balance, or prone to dizziness?',
      text:
        ' The standing stretch is done on one leg: keep a hand flat on a wall throughout, or ' +
        'skip it.',
    },
    {
      strong: 'After a recent injury or surgery, or while pregnant,',
      text: ' ask a doctor or physiotherapist before you start.',
    },
    { text: 'Move into every position slowly, and come out of it just as slowly.' },
    { strong: 'If it hurts, stop.', text: ' A stretch should feel like mild tension, never pain.' },
  ],
};
