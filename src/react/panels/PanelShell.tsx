import { useContext } from 'react';
import type { ReactNode } from 'react';
import { classNames } from '../classNames';
import '../theme.css';
import './panels.css';
import { PanelLandmarkContext } from './PanelLandmarkContext';

export interface PanelShellProps {
  /**
   * Visible title, also the accessible name of the region unless the
   * panel sits in a `<ReplayPanels>` tab panel.
   */
  title: string;
  /** Badges shown after the title, such as an error count. */
  badges?: ReactNode;
  /** Filters, search and toggles, shown in the header. */
  tools?: ReactNode;
  /** The list, or an empty state. */
  children: ReactNode;
  className?: string | undefined;
}

/**
 * Renders the frame every panel shares: a labelled region, a header and a
 * body.
 */
export function PanelShell({
  title,
  badges,
  tools,
  children,
  className,
}: PanelShellProps) {
  const landmark = useContext(PanelLandmarkContext);

  return (
    <section
      aria-label={landmark ? title : undefined}
      className={classNames('reprise-panel', className)}
    >
      <div className="reprise-panel__header">
        <span className="reprise-panel__title">{title}</span>
        {badges}
        <div className="reprise-panel__tools">{tools}</div>
      </div>
      {children}
    </section>
  );
}

/** Text shown in place of a list that has no rows. */
export function PanelEmpty({ children }: { children: ReactNode }) {
  return <p className="reprise-panel__empty">{children}</p>;
}

/**
 * Message for a panel without rows: a loading note while the recording is
 * not analysed yet, `empty` when it has nothing of this kind, `filtered`
 * when the filters hide everything.
 */
export function emptyMessage(
  state: { settled: boolean; total: number },
  messages: { empty: string; filtered: string },
): string {
  if (!state.settled) return 'Loading the recording…';
  return state.total === 0 ? messages.empty : messages.filtered;
}
