import type { CSSProperties, ReactNode } from 'react';
import { DiagnosticsNotice } from './DiagnosticsNotice';
import { ClickOverlay } from './overlay';
import type { ClickOverlayProps } from './overlay';
import { ReplayPanels } from './panels';
import { FullscreenButton } from './FullscreenButton';
import { PlayerFrame } from './PlayerFrame';
import { PlayPauseButton } from './PlayPauseButton';
import { ReplayProvider } from './ReplayProvider';
import type { ReplayProviderProps } from './ReplayProvider';
import { PlayerRegion } from './shortcuts/PlayerRegion';
import { ShortcutHelpButton } from './shortcuts/ShortcutHelpButton';
import { SkipInactiveToggle } from './SkipInactiveToggle';
import { SpeedControl } from './SpeedControl';
import { StepButtons } from './StepButtons';
import { TimeDisplay } from './TimeDisplay';
import { Timeline } from './Timeline';
import './player.css';

export interface ReplayPlayerProps extends Omit<
  ReplayProviderProps,
  'children'
> {
  /** Accessible name of the player region. @default 'Session replay' */
  label?: string;
  /**
   * Handles keyboard shortcuts (Space, arrows, 1-7, F, ?) while focus is
   * in the player.
   * @default true
   */
  shortcuts?: boolean;
  /** Options of the click overlay, or false to leave it out. @default {} */
  overlay?: ClickOverlayProps | false;
  /**
   * Shows the event list, console and network panels under the controls.
   * @default true
   */
  panels?: boolean;
  /**
   * Lists the problems replay survived, such as skipped events or content
   * the sanitizer neutralized, under the controls.
   * @default true
   */
  diagnostics?: boolean;
  /** More parts inside the player, after the panels. @default none */
  children?: ReactNode;
  /** Extra class names for the outer element. @default none */
  className?: string;
  /** Styles for the outer element, such as a width. @default none */
  style?: CSSProperties;
}

/**
 * Renders the whole player in one line, `<ReplayPlayer events={events} />`:
 * the replay, the timeline with its markers, and a control bar (play,
 * jumps and frame steps, time, skip inactivity, speed, shortcut help,
 * full screen). Compose `<ReplayProvider>`, `<PlayerRegion>` and the
 * parts directly for another layout.
 */
export function ReplayPlayer({
  label = 'Session replay',
  shortcuts = true,
  overlay = {},
  panels = true,
  diagnostics = true,
  children,
  className,
  style,
  ...providerProps
}: ReplayPlayerProps) {
  return (
    <ReplayProvider {...providerProps}>
      <PlayerRegion
        label={label}
        shortcuts={shortcuts}
        className={className}
        style={style}
      >
        <PlayerFrame>
          {overlay !== false && <ClickOverlay {...overlay} />}
        </PlayerFrame>
        <div className="reprise-player__timeline-row">
          <Timeline />
        </div>
        <div className="reprise-player__controls">
          <PlayPauseButton />
          <StepButtons />
          <TimeDisplay />
          <div className="reprise-player__spacer" />
          <SkipInactiveToggle />
          <SpeedControl />
          <ShortcutHelpButton />
          <FullscreenButton />
        </div>
        {diagnostics && <DiagnosticsNotice />}
        {panels && <ReplayPanels />}
        {children}
      </PlayerRegion>
    </ReplayProvider>
  );
}
