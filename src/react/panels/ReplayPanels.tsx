import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { ConsolePanel } from './ConsolePanel';
import { EventList } from './EventList';
import { NetworkPanel } from './NetworkPanel';
import { PanelLandmarkContext } from './PanelLandmarkContext';

const TABS = [
  { id: 'events', label: 'Events', Panel: EventList },
  { id: 'console', label: 'Console', Panel: ConsolePanel },
  { id: 'network', label: 'Network', Panel: NetworkPanel },
] as const;

export type ReplayPanelTab = (typeof TABS)[number]['id'];

export interface ReplayPanelsProps {
  /** Tab shown first. @default 'events' */
  initialTab?: ReplayPanelTab;
}

/**
 * Shows the event list, console and network panels behind a tab list (WAI-ARIA
 * tabs: arrow keys move between tabs). Only the chosen panel is mounted,
 * so hidden panels cost nothing while the replay plays.
 */
export function ReplayPanels({ initialTab = 'events' }: ReplayPanelsProps) {
  const [selected, setSelected] = useState<ReplayPanelTab>(initialTab);
  const baseId = useId();
  const active = TABS.find((tab) => tab.id === selected) ?? TABS[0];

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    const index = TABS.findIndex((tab) => tab.id === selected);
    const next = TABS[(index + step + TABS.length) % TABS.length]!;
    setSelected(next.id);
    document.getElementById(`${baseId}-${next.id}-tab`)?.focus();
  };

  return (
    <div className="reprise-panels">
      <div
        role="tablist"
        aria-label="Recording details"
        className="reprise-panels__tabs"
        onKeyDown={onKeyDown}
      >
        {TABS.map((tab) => (
          <button
            key={tab.id}
            id={`${baseId}-${tab.id}-tab`}
            type="button"
            role="tab"
            aria-selected={tab.id === selected}
            aria-controls={`${baseId}-${tab.id}-panel`}
            tabIndex={tab.id === selected ? 0 : -1}
            className="reprise-panels__tab"
            onClick={() => setSelected(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${baseId}-${active.id}-panel`}
        aria-labelledby={`${baseId}-${active.id}-tab`}
      >
        <PanelLandmarkContext.Provider value={false}>
          <active.Panel />
        </PanelLandmarkContext.Provider>
      </div>
    </div>
  );
}
