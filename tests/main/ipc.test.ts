import { REMINDER_ANSWERS } from '../../electron/core/tray/commands';
import { reminderWords } from '../../electron/core/tray/reminder-words';
import { describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../electron/core/settings/schema';
import { RESULT, setupIpc as setup } from './ipc-setup';

describe('IPC sender checks', () => {
  it('answers the top frame of its own window', async () => {
    const { handlers, open, from } = setup();
    const session = (await handlers.getRoutineSession(from(open('routine')))) as {
      kind: string;
      plan: { holdCount: number };
      cautionAcknowledged: boolean;
    };
    // The kind main opened the window for (a quick stretch here) and that kind's plan.
    expect(session.kind).toBe('quick');
    expect(session.plan.holdCount).toBe(2);
    expect(session.cautionAcknowledged).toBe(false);
  });

  it('refuses a sender that is not one of our windows', async () => {
    const { handlers } = setup();
    const stranger = { sender: { id: 999 }, senderFrame: null };
    await expect(handlers.getSettings(stranger)).rejects.toThrow(/sending frame is gone/);
    const foreign = {
      sender: { id: 999 },
      senderFrame: { processId: 1, routingId: 1, url: 'app://unsit/settings.html', parent: null },
    };
    await expect(handlers.getSettings(foreign)).rejects.toThrow(/not an Unsit window/);
  });

  it('refuses a sub-frame, another frame of the window, and a foreign page', async () => {
    const { handlers, open, from, routineReported } = setup();
    const window = open('routine');
    await expect(
      handlers.reportRoutineResult(from(window, { parent: {} }), RESULT),
    ).rejects.toThrow(/top frame/);
    await expect(
      handlers.reportRoutineResult(from(window, { routingId: -5 }), RESULT),
    ).rejects.toThrow(/top frame/);
    await expect(
      handlers.reportRoutineResult(from(window, { url: 'https://evil.example/' }), RESULT),
    ).rejects.toThrow(/not an Unsit page/);
    await expect(
      handlers.reportRoutineResult(from(window, { url: 'app://other/routine.html' }), RESULT),
    ).rejects.toThrow(/not an Unsit page/);
    expect(routineReported).not.toHaveBeenCalled();
  });

  it('lets each window call only what its page uses', async () => {
    const { handlers, open, from, store, answer } = setup();
    const routine = open('routine');
    const before = store.get();
    await expect(handlers.saveSettings(from(routine), defaultSettings())).rejects.toThrow(
      /routine window may not call it/,
    );
    await expect(
      handlers.answerReminder(from(open('settings')), 'start-suggested'),
    ).rejects.toThrow(/settings window may not call it/);
    expect(store.get()).toEqual(before);
    expect(answer).not.toHaveBeenCalled();
  });

  it('lets only the routine window switch the voice or the large view, or go full screen', async () => {
    const { handlers, open, from, store } = setup();
    const before = store.get();
    const settings = open('settings');
    const reminder = open('reminder');
    for (const window of [settings, reminder]) {
      await expect(handlers.setRoutineVoice(from(window), true)).rejects.toThrow(
        /window may not call it/,
      );
      await expect(handlers.setRoutineLargeView(from(window), true)).rejects.toThrow(
        /window may not call it/,
      );
      await expect(handlers.setFullScreen(from(window), true)).rejects.toThrow(
        /window may not call it/,
      );
      expect(window.fullScreen).toBe(false);
    }
    expect(store.get()).toEqual(before);
  });
});

describe('IPC payload checks', () => {
  it('refuses malformed routine results and reports nothing', async () => {
    const { handlers, open, from, routineReported } = setup();
    const event = from(open('routine'));
    const bad: unknown[] = [
      'completed',
      null,
      [],
      { ...RESULT, outcome: 'hacked' },
      { ...RESULT, holdsDone: -1 },
      { ...RESULT, holdsDone: 1.5 },
      { ...RESULT, holdsDone: RESULT.holdCount + 1 },
      { outcome: 'completed' },
      new Map(Object.entries(RESULT)),
      new Uint8Array(4),
      { ...RESULT, durationMs: new Date(0) },
    ];
    for (const payload of bad) {
      await expect(handlers.reportRoutineResult(event, payload)).rejects.toThrow(
        /refused reportRoutineResult/,
      );
    }
    await expect(handlers.reportRoutineResult(event)).rejects.toThrow(/exactly one argument/);
    await expect(handlers.reportRoutineResult(event, RESULT, RESULT)).rejects.toThrow(
      /exactly one argument/,
    );
    expect(routineReported).not.toHaveBeenCalled();
    await handlers.reportRoutineResult(event, RESULT);
    expect(routineReported).toHaveBeenCalledWith(RESULT);
  });

  it('refuses an argument for a method that takes none', async () => {
    const { handlers, open, from } = setup();
    await expect(handlers.getRoutineSession(from(open('routine')), {})).rejects.toThrow(
      /takes no argument/,
    );
    await expect(handlers.getReminder(from(open('reminder')), null)).rejects.toThrow(
      /takes no argument/,
    );
  });

  it('refuses unknown reminder answers and day previews for unknown days', async () => {
    const { handlers, open, from, answer } = setup();
    await expect(handlers.answerReminder(from(open('reminder')), 'explode')).rejects.toThrow(
      /invalid request/,
    );
    const settings = defaultSettings();
    const { workingHours, reminders, breaks } = settings;
    const request = { workingHours, reminders, breaks };
    await expect(
      handlers.previewDay(from(open('settings')), { ...request, weekday: 'funday' }),
    ).rejects.toThrow(/weekday/);
    expect(answer).not.toHaveBeenCalled();
  });

  it('refuses anything but true or false for the voice, the large view and full screen', async () => {
    const { handlers, open, from, store, settingsApplied } = setup();
    const routine = open('routine');
    const before = store.get();
    for (const payload of ['true', 1, null, {}, [true]]) {
      await expect(handlers.setRoutineVoice(from(routine), payload)).rejects.toThrow(
        /refused setRoutineVoice/,
      );
      await expect(handlers.setRoutineLargeView(from(routine), payload)).rejects.toThrow(
        /refused setRoutineLargeView/,
      );
      await expect(handlers.setFullScreen(from(routine), payload)).rejects.toThrow(
        /refused setFullScreen/,
      );
    }
    await expect(handlers.setFullScreen(from(routine))).rejects.toThrow(/exactly one argument/);
    expect(routine.fullScreen).toBe(false);
    expect(store.get()).toEqual(before);
    expect(settingsApplied).not.toHaveBeenCalled();
  });

  it('forwards a valid reminder answer', async () => {
    const { handlers, open, from, answer } = setup();
    const window = open('reminder');
    const prompt = {
      kind: 'first',
      sittingMinutes: 61,
      suggests: 'quick',
      minutes: { quick: 2, full: 9 },
    } as const;
    // The window gets the prompt in the words the notification uses, snooze length included.
    expect(await handlers.getReminder(from(window))).toEqual({
      ...prompt,
      words: reminderWords(prompt, 10),
    });
    for (const choice of REMINDER_ANSWERS) await handlers.answerReminder(from(window), choice);
    expect(answer.mock.calls).toEqual(REMINDER_ANSWERS.map((choice) => [choice]));
    await expect(handlers.answerReminder(from(window), 'skip')).rejects.toThrow(/invalid request/);
  });
});

describe('the statistics window', () => {
  it('alone may ask for the statistics and export the history', async () => {
    const { handlers, open, from, chooseFile } = setup();
    const window = open('statistics');
    const view = (await handlers.getStatistics(from(window))) as {
      today: { taken: number; occasions: number };
    };
    expect(view.today).toMatchObject({ taken: 1, occasions: 1 });
    for (const other of ['settings', 'routine', 'reminder'] as const) {
      await expect(handlers.getStatistics(from(open(other)))).rejects.toThrow(
        `the ${other} window may not call it`,
      );
      await expect(handlers.exportHistory(from(open(other)))).rejects.toThrow(
        `the ${other} window may not call it`,
      );
    }
    await expect(handlers.getStatistics(from(window), {})).rejects.toThrow(/takes no argument/);
    expect(chooseFile).not.toHaveBeenCalled();
  });

  it('asks where to save over its own window and writes the CSV there', async () => {
    const { handlers, open, from, chooseFile, written } = setup();
    const window = open('statistics');
    chooseFile.mockResolvedValueOnce('/home/me/unsit.csv');
    expect(await handlers.exportHistory(from(window))).toEqual({
      status: 'saved',
      fileName: 'unsit.csv',
      rows: 2,
    });
    expect(chooseFile).toHaveBeenCalledWith(window, 'unsit-history-2025-03-10.csv');
    expect(written).toHaveLength(1);
    expect(written[0]?.path).toBe('/home/me/unsit.csv');
    expect(written[0]?.text.split('\r\n')[1]).toMatch(/^2025-03-10,10:00:00,UTC\+00:00,reminded/);
    // Cancelled: nothing written.
    expect(await handlers.exportHistory(from(window))).toEqual({ status: 'cancelled' });
    expect(written).toHaveLength(1);
  });
});

describe('the Unsit window', () => {
  it('alone may ask for its view and run its commands', async () => {
    const { handlers, open, from, commands } = setup();
    const home = open('home');
    expect(await handlers.getHome(from(home))).toMatchObject({
      status: 'Next stretch in 23 min',
      today: 'Today: 1 of 1 break',
      trayHelp: false,
      update: null,
    });
    for (const other of ['settings', 'routine', 'reminder', 'statistics'] as const) {
      await expect(handlers.getHome(from(open(other)))).rejects.toThrow(
        `the ${other} window may not call it`,
      );
      await expect(handlers.runHomeCommand(from(open(other)), 'start-quick')).rejects.toThrow(
        `the ${other} window may not call it`,
      );
    }
    expect(commands.startBreak).not.toHaveBeenCalled();
  });

  it('runs each command as the tray item of the same name, and answers the view', async () => {
    const { handlers, open, from, commands } = setup();
    const home = open('home');
    for (const command of [
      'start-quick',
      'start-full',
      'stood-up',
      'pause-30',
      'pause-rest-of-day',
      'resume',
      'open-statistics',
      'open-settings',
      'restart-to-update',
      'open-release-page',
      'quit',
    ]) {
      const view = (await handlers.runHomeCommand(from(home), command)) as { status: string };
      expect(view.status).toBe('Next stretch in 23 min');
    }
    expect(vi.mocked(commands.startBreak).mock.calls).toEqual([['quick'], ['full']]);
    expect(commands.stoodUp).toHaveBeenCalledTimes(1);
    expect(vi.mocked(commands.pause).mock.calls).toEqual([[{ minutes: 30 }], ['rest-of-today']]);
    expect(commands.resume).toHaveBeenCalledTimes(1);
    expect(commands.openStatistics).toHaveBeenCalledTimes(1);
    expect(commands.openSettings).toHaveBeenCalledTimes(1);
    expect(commands.restartToUpdate).toHaveBeenCalledTimes(1);
    expect(commands.openReleasePage).toHaveBeenCalledTimes(1);
    expect(commands.quit).toHaveBeenCalledTimes(1);
  });

  it('refuses commands it does not know, and what the tray only has (snooze, skip)', async () => {
    const { handlers, open, from, commands } = setup();
    const home = open('home');
    for (const bad of ['snooze', 'skip-next', 'format-disk', 42, { command: 'quit' }, null]) {
      await expect(handlers.runHomeCommand(from(home), bad)).rejects.toThrow(/refused/);
    }
    await expect(handlers.runHomeCommand(from(home))).rejects.toThrow(/exactly one argument/);
    expect(commands.snooze).not.toHaveBeenCalled();
    expect(commands.skipNext).not.toHaveBeenCalled();
    expect(commands.quit).not.toHaveBeenCalled();
  });

  it('may close itself', async () => {
    const { handlers, open, from } = setup();
    const home = open('home');
    await handlers.closeWindow(from(home));
    expect(home.destroyed).toBe(true);
  });
});

describe('what the settings window learns about busy detection', () => {
  it('alone may ask which kinds of busy this system can see', async () => {
    const { handlers, open, from } = setup({
      busyDetectors: [
        {
          reason: 'dnd',
          source: 'Do Not Disturb',
          supported: async () => true,
          probe: async () => false,
        },
      ],
    });
    const settings = open('settings');
    expect(await handlers.getBusyDetection(from(settings))).toEqual({
      call: { detectable: false, sources: [] },
      fullscreen: { detectable: false, sources: [] },
      dnd: { detectable: true, sources: ['Do Not Disturb'] },
    });
    for (const other of ['home', 'routine', 'reminder', 'statistics'] as const) {
      await expect(handlers.getBusyDetection(from(open(other)))).rejects.toThrow(
        `the ${other} window may not call it`,
      );
    }
    await expect(handlers.getBusyDetection(from(settings), 'all')).rejects.toThrow(
      /takes no argument/,
    );
  });

  it('never passes on an answer the contract does not promise', async () => {
    const { handlers, open, from } = setup({
      detection: async () => ({
        call: { detectable: true, sources: ['<img src=x onerror=alert(1)>'] },
        fullscreen: { detectable: false, sources: [] },
        dnd: { detectable: false, sources: [] },
      }),
    });
    await expect(handlers.getBusyDetection(from(open('settings')))).rejects.toThrow();
  });
});
