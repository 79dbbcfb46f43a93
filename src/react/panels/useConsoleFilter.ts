import { useDeferredValue, useMemo, useState } from 'react';
import type { ConsoleEntry, ConsoleLevel } from '../../insights';
import { filterConsole } from './consoleFilter';

/** The console panel's filter state and the entries it lets through. */
export interface ConsoleFilterState {
  hiddenLevels: ReadonlySet<ConsoleLevel>;
  toggleLevel: (level: ConsoleLevel, shown: boolean) => void;
  errorsOnly: boolean;
  setErrorsOnly: (errorsOnly: boolean) => void;
  search: string;
  setSearch: (search: string) => void;
  /** Entries that pass, in time order. */
  shown: ConsoleEntry[];
}

/**
 * Holds the filters and filters `entries`. The search is deferred, so
 * typing stays responsive while 10,000 messages are filtered.
 */
export function useConsoleFilter(
  entries: readonly ConsoleEntry[],
  initialErrorsOnly: boolean,
): ConsoleFilterState {
  const [hiddenLevels, setHiddenLevels] = useState(
    () => new Set<ConsoleLevel>(),
  );
  const [errorsOnly, setErrorsOnly] = useState(initialErrorsOnly);
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);

  const lowerMessages = useMemo(
    () => entries.map((entry) => entry.message.toLowerCase()),
    [entries],
  );
  const shown = useMemo(
    () =>
      filterConsole(entries, lowerMessages, {
        hiddenLevels,
        errorsOnly,
        search: deferredSearch,
      }),
    [entries, lowerMessages, hiddenLevels, errorsOnly, deferredSearch],
  );

  const toggleLevel = (level: ConsoleLevel, shown: boolean): void => {
    const next = new Set(hiddenLevels);
    if (shown) next.delete(level);
    else next.add(level);
    setHiddenLevels(next);
  };

  return {
    hiddenLevels,
    toggleLevel,
    errorsOnly,
    setErrorsOnly,
    search,
    setSearch,
    shown,
  };
}
