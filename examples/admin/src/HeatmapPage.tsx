import { useEffect, useState } from 'react';
import { aggregateInWorker } from 'reprise/heatmap';
import type { HeatmapData } from 'reprise/heatmap';
import {
  Heatmap,
  HeatmapExportButton,
  HeatmapLegend,
  TopElements,
  UnlocatedNote,
} from 'reprise/react';
import type { HeatmapProps } from 'reprise/react';
import { fetchEvents, SESSIONS } from './sessions';
import type { Session } from './sessions';

type Mode = NonNullable<HeatmapProps['mode']>;

/** Sessions of one page, drawn together on one of them. */
interface PageGroup {
  label: string;
  sessions: Session[];
  background: Session | undefined;
}

function groupOf(label: string, prefix: string, background: string) {
  const sessions = SESSIONS.filter((s) => s.name.startsWith(prefix));
  return {
    label,
    sessions,
    background: sessions.find((s) => s.name === background),
  };
}

const GROUPS: PageGroup[] = [
  groupOf('Pricing page', 'reprise-pricing-', 'reprise-pricing-1280'),
  groupOf('Chalk notes', 'chalk-session-', 'chalk-session-25131bfa'),
].filter((group) => group.background !== undefined);

const MODES: { value: Mode; label: string }[] = [
  { value: 'click', label: 'Clicks' },
  { value: 'move', label: 'Movement' },
  { value: 'scroll', label: 'Scroll depth' },
  { value: 'rage', label: 'Rage clicks' },
  { value: 'dead', label: 'Dead clicks' },
];

type Load =
  | { status: 'loading'; read: number }
  | { status: 'ready'; data: HeatmapData; background: unknown }
  | { status: 'error'; message: string };

/**
 * Aggregates every session of a page in a Web Worker, as a support tool
 * would over many sessions, and fetches the session drawn behind it. The
 * worker fetches the recordings itself, so none of them passes through
 * this thread.
 */
function useGroupHeatmap(group: PageGroup): Load {
  const [load, setLoad] = useState<Load>({ status: 'loading', read: 0 });

  useEffect(() => {
    // The caller keys this hook's component by group, so a new group
    // starts from the initial loading state.
    const controller = new AbortController();
    const urls = group.sessions.map((session) => ({
      url: new URL(session.url, window.location.href).href,
    }));
    Promise.all([
      aggregateInWorker(urls, {
        signal: controller.signal,
        onProgress: (read) => setLoad({ status: 'loading', read }),
      }),
      fetchEvents(group.background!, controller.signal),
    ]).then(
      ([data, background]) => setLoad({ status: 'ready', data, background }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setLoad({ status: 'error', message: String(error) });
      },
    );
    return () => controller.abort();
  }, [group]);

  return load;
}

/** Shows a heatmap of one page from all of its sessions, at every width. */
export function HeatmapPage() {
  const [groupIndex, setGroupIndex] = useState(0);
  const [mode, setMode] = useState<Mode>('click');
  const group = GROUPS[groupIndex];

  return (
    <section aria-labelledby="heatmap-title" className="heatmap-page">
      <h1 id="heatmap-title">Heatmap</h1>
      {group === undefined ? (
        <p>No sessions of a page with several recordings are bundled.</p>
      ) : (
        <>
          <div className="heatmap-controls">
            <label>
              Page{' '}
              <select
                value={groupIndex}
                onChange={(event) => setGroupIndex(Number(event.target.value))}
              >
                {GROUPS.map((item, index) => (
                  <option key={item.label} value={index}>
                    {item.label} ({item.sessions.length} sessions)
                  </option>
                ))}
              </select>
            </label>
            <label>
              Show{' '}
              <select
                value={mode}
                onChange={(event) => setMode(event.target.value as Mode)}
              >
                {MODES.map((item) => (
                  <option key={item.value} value={item.value}>
                    {item.label}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <GroupHeatmap key={group.label} group={group} mode={mode} />
        </>
      )}
    </section>
  );
}

function GroupHeatmap({ group, mode }: { group: PageGroup; mode: Mode }) {
  const load = useGroupHeatmap(group);

  if (load.status === 'loading') {
    return (
      <p role="status">
        Aggregating sessions: {load.read} of {group.sessions.length} read.
      </p>
    );
  }
  if (load.status === 'error') {
    return <p role="alert">The heatmap could not be built: {load.message}</p>;
  }

  const { data, background } = load;
  return (
    <>
      {data.errors.length > 0 && (
        <ul role="alert" aria-label="Sessions left out">
          {data.errors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      <Heatmap
        rows={data.rows}
        background={background}
        mode={mode}
        bucket={null}
        className="heatmap-view"
      >
        <div className="heatmap-side">
          <HeatmapLegend />
          <UnlocatedNote />
          <HeatmapExportButton />
          <TopElements limit={8} />
        </div>
      </Heatmap>
    </>
  );
}
