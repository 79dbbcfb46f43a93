import { formatDate, formatDuration, shortUrl } from './format';
import { sessionHref } from './useRoute';
import { SESSIONS } from './sessions';
import type { SummaryState } from './useSessionSummaries';

interface SessionListProps {
  summaries: ReadonlyMap<string, SummaryState>;
}

/** Every session in a table, with what its recording shows. */
export function SessionList({ summaries }: SessionListProps) {
  return (
    <section aria-labelledby="sessions-title">
      <h1 id="sessions-title">Sessions</h1>
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">Session</th>
            <th scope="col">Started</th>
            <th scope="col">First page</th>
            <th scope="col">Length</th>
            <th scope="col">Clicks</th>
            <th scope="col">Problems</th>
          </tr>
        </thead>
        <tbody>
          {SESSIONS.map((session) => (
            <SessionRow
              key={session.name}
              name={session.name}
              state={summaries.get(session.name) ?? { status: 'loading' }}
            />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function SessionRow({ name, state }: { name: string; state: SummaryState }) {
  const link = (
    <th scope="row">
      <a href={sessionHref(name)}>{name}</a>
    </th>
  );

  if (state.status !== 'ready') {
    const text = state.status === 'loading' ? 'Analyzing…' : state.message;
    return (
      <tr>
        {link}
        <td colSpan={5} className="admin-muted">
          {text}
        </td>
      </tr>
    );
  }

  const { summary } = state;
  return (
    <tr>
      {link}
      <td>{formatDate(summary.startTime)}</td>
      <td className="admin-url">{shortUrl(summary.firstUrl)}</td>
      <td>{formatDuration(summary.duration)}</td>
      <td>
        {summary.clicks}
        {summary.rageClicks > 0 && (
          <span className="admin-badge admin-badge--warning">
            {summary.rageClicks} rage
          </span>
        )}
      </td>
      <td>
        {summary.problems.length > 0 ? (
          <a
            className="admin-badge admin-badge--error"
            href={`#/problems?session=${name}`}
          >
            {summary.problems.length}
          </a>
        ) : (
          0
        )}
      </td>
    </tr>
  );
}
