import type { ApiEvents, EventName } from '../shared/api/index.ts';

type Listener<E extends EventName> = (payload: ApiEvents[E]) => void;
type AnyListener = <E extends EventName>(event: E, payload: ApiEvents[E]) => void;

/** In-process pub/sub over `ApiEvents`: services emit, transports forward to their clients. */
export interface EventBus {
  emit<E extends EventName>(event: E, payload: ApiEvents[E]): void;
  /** Returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: Listener<E>): () => void;
  /** Every event, for transports that forward them all. Returns the unsubscribe function. */
  onAny(listener: AnyListener): () => void;
}

export function createEventBus(): EventBus {
  const byEvent = new Map<EventName, Set<Listener<never>>>();
  const anyListeners = new Set<AnyListener>();

  // A failing listener (a closed socket, a destroyed window) must not stop delivery to the others
  // or throw into the service that emitted.
  const deliver = (run: () => void) => {
    try {
      run();
    } catch (error) {
      console.error('Event listener failed:', error);
    }
  };

  return {
    emit(event, payload) {
      for (const listener of byEvent.get(event) ?? []) deliver(() => (listener as Listener<typeof event>)(payload));
      for (const listener of anyListeners) deliver(() => listener(event, payload));
    },
    on(event, listener) {
      let listeners = byEvent.get(event);
      if (!listeners) byEvent.set(event, (listeners = new Set()));
      const entry = listener as Listener<never>;
      listeners.add(entry);
      return () => void listeners.delete(entry);
    },
    onAny(listener) {
      anyListeners.add(listener);
      return () => void anyListeners.delete(listener);
    },
  };
}

/**
 * `bus` as seen by services that may be replaced while the app runs (app:reopen): the same events, and close()
 * takes back every listener they added, so the services that replace them are not heard twice.
 */
export function scopedBus(bus: EventBus): EventBus & { close(): void } {
  const subscriptions = new Set<() => void>();
  const keep = (unsubscribe: () => void) => {
    subscriptions.add(unsubscribe);
    return () => {
      subscriptions.delete(unsubscribe);
      unsubscribe();
    };
  };
  return {
    emit: (event, payload) => bus.emit(event, payload),
    on: (event, listener) => keep(bus.on(event, listener)),
    onAny: (listener) => keep(bus.onAny(listener)),
    close() {
      for (const unsubscribe of subscriptions) unsubscribe();
      subscriptions.clear();
    },
  };
}
