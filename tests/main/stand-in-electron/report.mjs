// What the stand-in writes to $UNSIT_STANDIN_LOG: plain JSON, read by tests/main/composition.test.ts.

function menuItems(template) {
  return (template ?? []).map((item) => ({
    type: item.type ?? 'normal',
    label: item.label ?? null,
    role: item.role ?? null,
    enabled: item.enabled !== false,
    ...(item.submenu ? { submenu: menuItems(item.submenu) } : {}),
  }));
}

export function report(world, exitCode) {
  return {
    exitCode,
    ready: world.ready,
    userDataPath: world.userDataPath ?? null,
    appEvents: world.appEvents,
    lockData: world.lockData,
    switches: world.switches,
    sandboxEnabled: world.sandboxEnabled,
    loginItem: world.loginItem,
    privilegedSchemes: world.privilegedSchemes,
    protocolSchemes: [...world.protocolHandlers.keys()],
    sessionHardened: Object.values(world.session).every((handler) => handler !== null),
    windows: world.windows.map((window) => ({
      options: window.options,
      urls: window.urls,
      shown: window.shown,
      position: window.position ?? null,
      closed: window.destroyed,
      guarded: window.webContents.windowOpenHandler !== null,
    })),
    trays: world.trays.map((tray) => ({
      image: tray.image?.path ?? null,
      tooltip: tray.tooltip,
      menu: menuItems(tray.menu?.template),
      destroyed: tray.destroyed,
    })),
    notifications: world.notifications.map((n) => ({
      title: n.options?.title ?? null,
      body: n.options?.body ?? null,
      actions: n.options?.actions ?? null,
      silent: n.options?.silent ?? null,
      at: n.at,
      timeoutType: n.options?.timeoutType ?? null,
      shown: n.shown,
      closed: n.closed,
    })),
    applicationMenu:
      world.applicationMenu === undefined
        ? 'default'
        : world.applicationMenu && menuItems(world.applicationMenu),
    // The end-to-end test hooks, if the app put them on its global object.
    testHooks: globalThis.__unsitTestHooks ? Object.keys(globalThis.__unsitTestHooks) : null,
    ipcChannels: [...world.ipcHandlers.keys()],
    ipcListeners: world.ipcListeners,
    errorBoxes: world.errorBoxes,
    steps: world.steps,
    netRequests: world.netRequests,
  };
}
