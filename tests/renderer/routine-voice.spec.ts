import { test, expect, type Page } from '@playwright/test';
import { defaultSettings } from '../../electron/core/settings/schema';
import type { LanguagePayload } from '../../electron/core/i18n/language';
import { ENGLISH } from './fake-api';
import { pushLanguage } from './harness';
import { addVoices, installFakeSpeech, spoken } from './speech-fake';
import { openRoutine, startRoutine } from './routine-helpers';

const voiceSwitch = (page: Page) => page.getByRole('switch', { name: 'Read the steps aloud' });

test('the voice switch on the ready screen is remembered in the settings', async ({ page }) => {
  await installFakeSpeech(page);
  const { fake } = await openRoutine(page);
  await expect(voiceSwitch(page)).not.toBeChecked();
  await voiceSwitch(page).check();
  await expect.poll(() => fake.settings.routine.voice).toBe(true);
  await page.reload();
  await expect(voiceSwitch(page)).toBeChecked();
  await voiceSwitch(page).uncheck();
  await expect.poll(() => fake.settings.routine.voice).toBe(false);
});

test('the voice says what to do when each step starts, and nothing in between', async ({
  page,
}) => {
  await installFakeSpeech(page);
  const { plan } = await openRoutine(page);
  await voiceSwitch(page).check();
  await startRoutine(page);
  const start = await page.evaluate(() => Date.now());
  await page.clock.runFor(plan.totalMs + 2_000); // the last words wait for the end tune
  await expect(page.getByRole('heading', { name: 'Routine complete' })).toBeVisible();

  const said = (await spoken(page)).map(({ at, text }) => `${(at - start) / 1000}: ${text}`);
  // One line per step (4 set-ups, 13 holds, 9 switches) and one at the end, never a count. Each
  // waits for its step's tones to end: 0.72 s after a hold starts, 1.51 s into a switch.
  expect(said).toHaveLength(27);
  expect(said.slice(0, 4)).toEqual([
    '0: Kneeling hip flexor lunge. Left knee down, right foot forward. ' +
      'A soft mat under the knee; front knee right above the ankle.',
    '15.72: Hold for 30 seconds. Tuck your pelvis under and keep your back upright.',
    '46.51: Switch legs: right leg next. Right knee down, left foot forward.',
    '55.72: Hold. Tuck your pelvis under and keep your back upright.',
  ]);
  expect(said).toContain(
    '165.82: Kneeling side stretch. Right knee down, left leg out to the side. ' +
      'Slide the leg out only as far as is comfortable.',
  );
  expect(said).toContain(
    '180.72: Hold for 30 seconds. Keep your hips still and bring your chest forward.',
  );
  expect(said).toContain(
    '345.82: Butterfly stretch. Soles together, knees out to the sides. ' +
      'Let the knees down only as far as is comfortable.',
  );
  expect(said.filter((line) => line.includes('Hold for 30 seconds'))).toHaveLength(4);
  expect(said.at(-1)).toBe('571.28: That is the end of the routine. Well done.');
});

test('with the sound off the voice speaks at once, as there is no tone to wait for', async ({
  page,
}) => {
  await installFakeSpeech(page);
  const settings = defaultSettings();
  settings.routine.sound = false;
  const { plan } = await openRoutine(page, { settings });
  await voiceSwitch(page).check();
  await startRoutine(page);
  const start = await page.evaluate(() => Date.now());
  await page.clock.runFor(
    plan.steps.slice(0, 2).reduce((t, s) => t + ('durationMs' in s ? s.durationMs : 0), 0),
  );
  const said = (await spoken(page)).map(({ at, text }) => `${(at - start) / 1000}: ${text}`);
  expect(said.slice(1, 3)).toEqual([
    '15: Hold for 30 seconds. Tuck your pelvis under and keep your back upright.',
    '45: Switch legs: right leg next. Right knee down, left foot forward.',
  ]);
});

test('after "I\'m in position" the voice says to get into position, with the safety line', async ({
  page,
}) => {
  await installFakeSpeech(page);
  await openRoutine(page, { waitForPosition: true, breakKind: 'quick' });
  await voiceSwitch(page).check();
  await startRoutine(page);
  await page.clock.runFor(20_000);
  const start = await page.evaluate(() => Date.now());
  await page.keyboard.press('Space');
  await page.clock.runFor(8_000 + 1_000);
  const said = (await spoken(page)).map(({ at, text }) => `${(at - start) / 1000}: ${text}`);
  expect(said.slice(1)).toEqual([
    '0: Get into position. Hold a steady desk or wall, never a chair on wheels.',
    '8.72: Hold for 30 seconds. Knees together, and do not arch your lower back.',
  ]);
});

test('with the voice off nothing is said', async ({ page }) => {
  await installFakeSpeech(page);
  const { plan } = await openRoutine(page);
  await startRoutine(page);
  await page.clock.runFor(plan.totalMs + 1_000);
  await expect(page.getByRole('heading', { name: 'Routine complete' })).toBeVisible();
  expect(await spoken(page)).toEqual([]);
});

test('when the system has no voice, the switch says so and cannot be turned on', async ({
  page,
}) => {
  await installFakeSpeech(page, 'none');
  await openRoutine(page, { settings: voiceOn() });
  // Voices load late on some systems: give them a moment before saying there are none.
  await expect(voiceSwitch(page)).toBeEnabled();
  await page.clock.runFor(3_000);
  await expect(voiceSwitch(page)).toBeDisabled();
  await expect(voiceSwitch(page)).not.toBeChecked();
  await expect(page.getByText('No voice is installed on this computer')).toBeVisible();

  // A voice that turns up later makes the switch usable again.
  await addVoices(page);
  await expect(voiceSwitch(page)).toBeEnabled();
  await expect(voiceSwitch(page)).toBeChecked();
  await expect(page.getByText('No voice is installed on this computer')).toHaveCount(0);
});

test('a network voice alone counts as no voice: the words never leave the computer', async ({
  page,
}) => {
  await installFakeSpeech(page, 'remote');
  const { plan } = await openRoutine(page, { settings: voiceOn() });
  await page.clock.runFor(3_000);
  await expect(voiceSwitch(page)).toBeDisabled();
  await startRoutine(page);
  await page.clock.runFor(plan.totalMs);
  expect(await spoken(page)).toEqual([]);
});

/** Default settings with the voice switched on, as if chosen earlier. */
function voiceOn() {
  const settings = defaultSettings();
  settings.routine.voice = true;
  return settings;
}

/** A language as main would send it: English words but for the voice hint, worded in German. */
function germanIn(locale: string): LanguagePayload {
  return {
    code: 'de',
    locale,
    messages: {
      ...ENGLISH.messages,
      'routine.voice.label': 'Schritte vorlesen',
      'routine.voice.noneForLanguage':
        'Keine Stimme für {language} auf diesem Computer, daher wird nichts vorgelesen.',
    },
  };
}

const germanSwitch = (page: Page) => page.getByRole('switch', { name: 'Schritte vorlesen' });

test('the voice speaks the window language, with a voice of that language', async ({ page }) => {
  // The system's default voice is American; a British one exists too: English as main sends
  // it (en-GB) is read by the British voice, the exact match.
  await installFakeSpeech(page, ['en-US', 'fr-FR', 'en-GB']);
  await openRoutine(page, { settings: voiceOn() });
  await expect(voiceSwitch(page)).toBeChecked();
  await startRoutine(page);
  const [first] = await spoken(page);
  expect(first).toMatchObject({ lang: 'en-GB', voiceLang: 'en-GB' });
  expect(first?.text).toMatch(/^Kneeling hip flexor lunge\./);
});

test('without a voice of its exact region, one of the same language reads', async ({ page }) => {
  await installFakeSpeech(page, ['fr-FR', 'de-DE', 'en-US']);
  await openRoutine(page, { settings: voiceOn(), language: germanIn('de-AT') });
  await expect(germanSwitch(page)).toBeChecked();
  await startRoutine(page);
  const [first] = await spoken(page);
  // The utterance says which language it is in; the German voice reads it.
  expect(first).toMatchObject({ lang: 'de-AT', voiceLang: 'de-DE' });
});

test('with no voice for the language, the switch says so in it and the steps still show', async ({
  page,
}) => {
  await installFakeSpeech(page, ['en-GB', 'fr-FR']);
  const { plan } = await openRoutine(page, { settings: voiceOn(), language: germanIn('de-DE') });
  await page.clock.runFor(3_000);
  await expect(germanSwitch(page)).toBeDisabled();
  await expect(germanSwitch(page)).not.toBeChecked();
  await expect(
    page.getByText('Keine Stimme für Deutsch auf diesem Computer, daher wird nichts vorgelesen.'),
  ).toBeVisible();
  // The routine plays on the screen alone: no English voice reads German words.
  await startRoutine(page);
  await page.clock.runFor(plan.totalMs + 2_000);
  await expect(page.getByRole('heading', { name: 'Routine complete' })).toBeVisible();
  expect(await spoken(page)).toEqual([]);
});

test('a change of language asks again whether a voice can read it', async ({ page }) => {
  await installFakeSpeech(page, ['en-GB']);
  const { fake } = await openRoutine(page, { settings: voiceOn() });
  await expect(voiceSwitch(page)).toBeChecked();
  fake.language = germanIn('de-DE');
  await pushLanguage(page, fake.language);
  await page.clock.runFor(3_000);
  await expect(germanSwitch(page)).toBeDisabled();
  await expect(page.getByText('Keine Stimme für Deutsch')).toBeVisible();
  // Back to English: the English voice reads again.
  await pushLanguage(page, ENGLISH);
  await expect(voiceSwitch(page)).toBeEnabled();
  await expect(voiceSwitch(page)).toBeChecked();
});
