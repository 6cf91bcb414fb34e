export type Listener<T> = (payload: T) => void;

/** A tiny typed event hub: `on` returns the function that removes the listener again. */
export interface ListenerRegistry<EventMap> {
  on<K extends keyof EventMap>(event: K, fn: Listener<EventMap[K]>): () => void;
  emit<K extends keyof EventMap>(event: K, payload: EventMap[K]): void;
}

export function createListenerRegistry<EventMap>(): ListenerRegistry<EventMap> {
  const listeners: { [K in keyof EventMap]?: Set<Listener<EventMap[K]>> } = {};
  return {
    on(event, fn) {
      const set = listeners[event] ?? new Set();
      listeners[event] = set;
      set.add(fn);
      return () => {
        set.delete(fn);
      };
    },
    emit(event, payload) {
      // Copy first so a listener may unsubscribe (or subscribe) while being called.
      for (const fn of [...(listeners[event] ?? [])]) fn(payload);
    },
  };
}
