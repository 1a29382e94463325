import type { Dexie } from 'dexie';
import { db } from './database';

export type Subscription = { unsubscribe: () => void };

/**
 * A live value read by many components at once (the board and the navigation
 * both want the signals). The source starts with the first subscriber and stops
 * after the last one leaves; a subscriber that comes later gets the latest value
 * at once, also synchronously through `hasValue`/`getValue`, which
 * `useObservable` of dexie-react-hooks asks before its first render.
 */
export type SharedObservable<T> = {
  hasValue(): boolean;
  getValue(): T;
  subscribe(next: (value: T) => void, error?: (error: unknown) => void): Subscription;
};

type Listener<T> = { next: (value: T) => void; error?: (error: unknown) => void };

/** `start` begins reading, calls `emit` with each new value and returns how to stop. */
export type SharedSource<T> = (
  emit: (value: T) => void,
  fail: (error: unknown) => void,
) => () => void;

export function shareLive<T>(start: SharedSource<T>): SharedObservable<T> {
  const listeners = new Set<Listener<T>>();
  let stop: (() => void) | undefined;
  let latest: { value: T } | undefined;
  let failure: { error: unknown } | undefined;
  // Each start counts up, so a late value from a stopped run is dropped.
  let run = 0;

  const begin = () => {
    const mine = ++run;
    const emit = (value: T) => {
      if (run !== mine) return;
      latest = { value };
      failure = undefined;
      for (const listener of [...listeners]) listener.next(value);
    };
    const fail = (error: unknown) => {
      if (run !== mine) return;
      failure = { error };
      for (const listener of [...listeners]) listener.error?.(error);
    };
    return start(emit, fail);
  };

  return {
    hasValue: () => latest !== undefined,
    getValue: () => {
      if (!latest) throw new Error('No value yet: ask hasValue() first');
      return latest.value;
    },
    subscribe(next, error) {
      const listener: Listener<T> = { next, error };
      listeners.add(listener);
      if (stop === undefined) {
        stop = () => {};
        stop = begin();
      } else if (failure) error?.(failure.error);
      else if (latest) next(latest.value);
      return {
        unsubscribe() {
          if (!listeners.delete(listener) || listeners.size > 0) return;
          const stopping = stop;
          stop = undefined;
          run += 1;
          // What was read may change while nobody listens: the next subscriber starts afresh.
          latest = undefined;
          failure = undefined;
          stopping?.();
        },
      };
    },
  };
}

const registry = new WeakMap<Dexie, Map<string, SharedObservable<unknown>>>();

/** The one shared observable under this name for the open database (tests swap databases). */
export function sharedFor<T>(name: string, create: () => SharedObservable<T>): SharedObservable<T> {
  const database = db();
  let named = registry.get(database);
  if (!named) {
    named = new Map();
    registry.set(database, named);
  }
  let shared = named.get(name) as SharedObservable<T> | undefined;
  if (!shared) {
    shared = create();
    named.set(name, shared as SharedObservable<unknown>);
  }
  return shared;
}
