import type { MarkerKind } from 'reprise/insights';
import { formatDuration } from './format';
import { SESSIONS } from './sessions';
import { sessionHref } from './useRoute';
import type { SummaryState } from './useSessionSummaries';

interface ProblemsPageProps {
  summaries: ReadonlyMap<string, SummaryState>;
  /** Show only this session's problems. @default every session */
  session?: string | undefined;
}

const KIND_LABELS: Partial<Record<MarkerKind, string>> = {
  error: 'Console error',
  'network-error': 'Failed request',
  'error-click': 'Error click',
  'rage-click': 'Rage click',
  'dead-click': 'Dead click',
};

/**
 * Every console error, failed request, rage click and dead click across
 * the sessions, each with a link that opens its session 2 s before it
 * (the player's `initialErrorId`).
 */
export function ProblemsPage({ summaries, session: only }: ProblemsPageProps) {
  if (only !== undefined && !SESSIONS.some((s) => s.name === only)) {
    return (
      <section aria-labelledby="problems-title">
        <h1 id="problems-title">Session not found</h1>
        <p>
          No session is named <code>{only}</code>.{' '}
          <a href="#/problems">Show the problems of every session</a>
        </p>
      </section>
    );
  }

  const loading = SESSIONS.filter(
    (session) => summaries.get(session.name)?.status !== 'ready',
  ).length;
  const rows = SESSIONS.flatMap((session) => {
    const state = summaries.get(session.name);
    if (state?.status !== 'ready') return [];
    if (only !== undefined && session.name !== only) return [];
    return state.summary.problems.map((problem) => ({ session, problem }));
  });

  return (
    <section aria-labelledby="problems-title">
      <h1 id="problems-title">
        {only === undefined ? 'Problems' : `Problems in ${only}`}
      </h1>
      {loading > 0 && (
        <p role="status" className="admin-muted">
          Analyzing {loading} more sessions…
        </p>
      )}
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">What happened</th>
            <th scope="col">Session</th>
            <th scope="col">At</th>
            <th scope="col">Replay</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ session, problem }) => (
            <tr key={`${session.name}-${problem.id}`}>
              <td>{KIND_LABELS[problem.kind] ?? problem.kind}</td>
              <td className="admin-error-label">{problem.label}</td>
              <td>{session.name}</td>
              <td>{formatDuration(problem.time)}</td>
              <td>
                <a
                  href={sessionHref(session.name, { errorId: problem.id })}
                  aria-label={`Open ${session.name} at ${formatDuration(problem.time)}`}
                >
                  Open at {formatDuration(problem.time)}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {loading === 0 && rows.length === 0 && <p>No problems recorded.</p>}
    </section>
  );
}
