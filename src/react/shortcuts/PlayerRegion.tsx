import { useMemo, useState } from 'react';
import type { CSSProperties, ReactNode } from 'react';
import { useReplayStoreApi } from '../../store/hooks';
import { classNames } from '../classNames';
import { PlayerRegionContext } from './PlayerRegionContext';
import type { PlayerRegionValue } from './PlayerRegionContext';
import { ShortcutHelp } from './ShortcutHelp';
import { useFullscreen } from './useFullscreen';
import { usePlayerShortcuts } from './usePlayerShortcuts';
import '../player.css';
import '../theme.css';

export interface PlayerRegionProps {
  /** Accessible name of the region. @default 'Session replay' */
  label?: string;
  /** Handles the keyboard shortcuts while focus is inside. @default true */
  shortcuts?: boolean;
  /** Extra class names. @default none */
  className?: string | undefined;
  /** Styles, such as a width. @default none */
  style?: CSSProperties | undefined;
  /** The player's parts. @default none */
  children?: ReactNode;
}

/**
 * Renders the player's landmark region: the element keyboard shortcuts
 * listen on, that goes full screen, and that contains the shortcut help,
 * tooltips and popovers. A press anywhere in it that lands on nothing
 * focusable focuses the region, so the shortcuts work after a click on
 * the replay. Render it inside `<ReplayProvider>`.
 */
export function PlayerRegion({
  label = 'Session replay',
  shortcuts = true,
  className,
  style,
  children,
}: PlayerRegionProps) {
  const store = useReplayStoreApi();
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const fullscreen = useFullscreen(element);
  const onKeyDown = usePlayerShortcuts({
    store,
    fullscreen,
    toggleHelp: () => setHelpOpen((open) => !open),
  });

  const value = useMemo<PlayerRegionValue>(
    () => ({ element, fullscreen, helpOpen, setHelpOpen }),
    [element, fullscreen, helpOpen],
  );

  return (
    <PlayerRegionContext.Provider value={value}>
      <div
        ref={setElement}
        role="region"
        aria-label={label}
        tabIndex={-1}
        className={classNames('reprise-player', className)}
        style={style}
        onKeyDown={shortcuts ? onKeyDown : undefined}
      >
        {children}
        <ShortcutHelp open={helpOpen} onOpenChange={setHelpOpen} />
      </div>
    </PlayerRegionContext.Provider>
  );
}
