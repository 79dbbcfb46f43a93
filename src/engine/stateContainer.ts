/** A minimal observable value, in the shape of zustand's vanilla store. */
export interface StateContainer<T> {
  getState(): T;
  setState(partial: Partial<T>): void;
  subscribe(listener: (state: T, previous: T) => void): () => void;
  clear(): void;
}

export function createStateContainer<T extends object>(
  initial: T,
): StateContainer<T> {
  let state = initial;
  const listeners = new Set<(state: T, previous: T) => void>();

  return {
    getState: () => state,
    setState(partial) {
      const changed = Object.entries(partial).some(
        ([key, value]) => !Object.is(state[key as keyof T], value),
      );
      if (!changed) return;

      const previous = state;
      state = { ...state, ...partial };
      for (const listener of listeners) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    clear: () => listeners.clear(),
  };
}
