import { useEffect, useState } from 'react';
import { parseReplayUrl, ReplayPlayer } from 'reprise/react';
import { fetchEvents, findSession } from './sessions';
import { sessionHref } from './useRoute';

interface SessionPageProps {
  name: string;
}

type Loaded =
  { name: string; events: unknown } | { name: string; error: string };

/**
 * Shows one session in the player with its panels. `?t=` (seconds) or
 * `?error=` (an insight id) in the hash opens it at that moment, and the
 * hash follows playback so the address can be shared.
 */
export function SessionPage({ name }: SessionPageProps) {
  const session = findSession(name);
  const [result, setResult] = useState<Loaded | null>(null);
  const loaded = result?.name === name ? result : null;
  // Read once: the page is keyed by session, and later hash updates
  // come from the player itself.
  const [link] = useState(() => parseReplayUrl(window.location.href));

  useEffect(() => {
    if (!session) return;
    const controller = new AbortController();
    fetchEvents(session, controller.signal).then(
      (events) => setResult({ name: session.name, events }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setResult({ name: session.name, error: String(error) });
      },
    );
    return () => controller.abort();
  }, [session]);

  if (!session) {
    return (
      <section aria-labelledby="session-title">
        <h1 id="session-title">Session not found</h1>
        <p>
          There is no session named <code>{name}</code>.{' '}
          <a href="#/sessions">Back to sessions</a>
        </p>
      </section>
    );
  }

  return (
    <section aria-labelledby="session-title">
      <p className="admin-breadcrumb">
        <a href="#/sessions">Sessions</a> / {name}
      </p>
      <h1 id="session-title">{name}</h1>
      {loaded === null && <p role="status">Loading recording…</p>}
      {loaded && 'error' in loaded && <p role="alert">{loaded.error}</p>}
      {loaded && 'events' in loaded && (
        <ReplayPlayer
          key={name}
          events={loaded.events}
          label={`Replay of ${name}`}
          initialTime={link.time}
          initialErrorId={link.errorId}
          onTimeChange={(ms) =>
            history.replaceState(null, '', sessionHref(name, { time: ms }))
          }
        />
      )}
    </section>
  );
}
