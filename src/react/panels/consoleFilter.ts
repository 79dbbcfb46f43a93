import { CONSOLE_LEVELS } from '../../insights';
import type { ConsoleEntry, ConsoleLevel } from '../../insights';

/** Filter settings of the console panel. */
export interface ConsoleFilter {
  /** Levels switched off. */
  hiddenLevels: ReadonlySet<ConsoleLevel>;
  /** Shows only `error` and `assert` entries. */
  errorsOnly: boolean;
  /** Text the message must contain, any case; '' matches every entry. */
  search: string;
}

/**
 * Returns the entries `filter` lets through, in their order.
 * `lowerMessages[i]` is entry i's message in lower case, computed once
 * per recording so each keystroke costs one pass of `includes`.
 */
export function filterConsole(
  entries: readonly ConsoleEntry[],
  lowerMessages: readonly string[],
  filter: ConsoleFilter,
): ConsoleEntry[] {
  const needle = filter.search.trim().toLowerCase();

  return entries.filter((entry, index) => {
    if (filter.errorsOnly && !entry.isError) return false;
    if (filter.hiddenLevels.has(entry.level)) return false;
    return needle === '' || (lowerMessages[index] ?? '').includes(needle);
  });
}

/** Levels that occur in `counts`, in the console's own order. */
export function presentLevels(
  counts: Partial<Record<ConsoleLevel, number>>,
): ConsoleLevel[] {
  return CONSOLE_LEVELS.filter((level) => (counts[level] ?? 0) > 0);
}
