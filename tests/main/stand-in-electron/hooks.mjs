// Module resolution hook (runs off the main thread): only the bare specifier 'electron' is
// redirected, for the app and for electron-store alike; everything else resolves as usual.
const STAND_IN = new URL('./electron.mjs', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: STAND_IN, format: 'module', shortCircuit: true };
  return nextResolve(specifier, context);
}
