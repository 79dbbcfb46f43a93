import type { ReactNode } from 'react';
import { useReplayStore, useReplayStoreApi } from '../store/hooks';
import { selectIsReady, selectSpeed } from '../store/selectors';
import { classNames } from './classNames';
import { JUMP_MS, seekBy, STEP_MS, stepBy } from './shortcuts/seekBy';
import { useLabelTooltip } from './shortcuts/useLabelTooltip';
import './player.css';

export interface StepButtonsProps {
  /** Extra class names for each button. @default none */
  className?: string;
}

/**
 * Renders four buttons: jump back, step back, step forward and jump
 * forward. A jump covers 5 s times the playback speed, so it skips the
 * same share of viewing time at any speed. A step covers 100 ms and
 * pauses, for looking at single frames.
 */
export function StepButtons({ className }: StepButtonsProps) {
  const store = useReplayStoreApi();
  const speed = useReplayStore(selectSpeed);
  const ready = useReplayStore(selectIsReady);
  const jump = JUMP_MS * speed;
  const jumpText = secondsText(jump);

  return (
    <>
      <IconButton
        label={`Jump back ${jumpText}`}
        disabled={!ready}
        className={className}
        onClick={() => seekBy(store, -jump)}
      >
        <JumpGlyph direction={-1} seconds={jump / 1000} />
      </IconButton>
      <IconButton
        label={`Step back ${STEP_MS} ms`}
        disabled={!ready}
        className={className}
        onClick={() => stepBy(store, -STEP_MS)}
      >
        <path d="M6 5v14" />
        <path className="reprise-player__glyph-fill" d="M18 5.5v13L9 12Z" />
      </IconButton>
      <IconButton
        label={`Step forward ${STEP_MS} ms`}
        disabled={!ready}
        className={className}
        onClick={() => stepBy(store, STEP_MS)}
      >
        <path d="M18 5v14" />
        <path className="reprise-player__glyph-fill" d="M6 5.5v13L15 12Z" />
      </IconButton>
      <IconButton
        label={`Jump forward ${jumpText}`}
        disabled={!ready}
        className={className}
        onClick={() => seekBy(store, jump)}
      >
        <JumpGlyph direction={1} seconds={jump / 1000} />
      </IconButton>
    </>
  );
}

interface IconButtonProps {
  label: string;
  disabled: boolean;
  className: string | undefined;
  onClick: () => void;
  children: ReactNode;
}

function IconButton({
  label,
  disabled,
  className,
  onClick,
  children,
}: IconButtonProps) {
  const { setReference, getReferenceProps, tooltip } = useLabelTooltip(label);
  return (
    <>
      <button
        type="button"
        ref={setReference}
        className={classNames('reprise-player__button', className)}
        aria-label={label}
        disabled={disabled}
        {...getReferenceProps({ onClick })}
      >
        <svg
          viewBox="0 0 24 24"
          width="20"
          height="20"
          aria-hidden="true"
          className="reprise-player__stroke-icon"
        >
          {children}
        </svg>
      </button>
      {tooltip}
    </>
  );
}

/** Draws a circular arrow around the number of seconds a jump covers. */
function JumpGlyph({
  direction,
  seconds,
}: {
  direction: -1 | 1;
  seconds: number;
}) {
  const arc =
    direction < 0
      ? 'M5.6 8.5A8 8 0 1 1 4 12M5.6 3.8v4.7h4.7'
      : 'M18.4 8.5A8 8 0 1 0 20 12M18.4 3.8v4.7h-4.7';
  const text =
    seconds < 10 ? String(round(seconds, 1)) : String(round(seconds, 0));
  return (
    <>
      <path d={arc} />
      <text x="12" y="15.5" className="reprise-player__jump-text">
        {text}
      </text>
    </>
  );
}

/** Formats ms as seconds for a label: `5 seconds`, `1.25 seconds`. */
function secondsText(ms: number): string {
  const seconds = round(ms / 1000, 2);
  return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
