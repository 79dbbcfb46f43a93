import { SessionList } from './SessionList';
import { HeatmapPage } from './HeatmapPage';
import { ProblemsPage } from './ProblemsPage';
import { SessionPage } from './SessionPage';
import { parseRoute, useHash } from './useRoute';
import type { Route } from './useRoute';
import { useSessionSummaries } from './useSessionSummaries';

const NAV: { href: string; label: string; page: Route['page'] }[] = [
  { href: '#/sessions', label: 'Sessions', page: 'sessions' },
  { href: '#/problems', label: 'Problems', page: 'problems' },
  { href: '#/heatmap', label: 'Heatmap', page: 'heatmap' },
];

/** The support console: a navigation bar and the page of the hash. */
export function App() {
  const route = parseRoute(useHash());
  const summaries = useSessionSummaries();

  return (
    <div className="admin">
      <header className="admin-header">
        <span className="admin-logo">Support console</span>
        <nav aria-label="Main">
          {NAV.map((item) => (
            <a
              key={item.page}
              href={item.href}
              aria-current={
                route.page === item.page ||
                (item.page === 'sessions' && route.page === 'session')
                  ? 'page'
                  : undefined
              }
            >
              {item.label}
            </a>
          ))}
        </nav>
      </header>
      <main className="admin-main">
        <Page route={route} summaries={summaries} />
      </main>
    </div>
  );
}

function Page({
  route,
  summaries,
}: {
  route: Route;
  summaries: ReturnType<typeof useSessionSummaries>;
}) {
  switch (route.page) {
    case 'sessions':
      return <SessionList summaries={summaries} />;
    case 'problems':
      return <ProblemsPage summaries={summaries} session={route.session} />;
    case 'session':
      return <SessionPage key={route.name} name={route.name} />;
    case 'heatmap':
      return <HeatmapPage />;
    case 'not-found':
      return (
        <section>
          <h1>Page not found</h1>
          <p>
            Nothing lives at <code>{route.path}</code>.{' '}
            <a href="#/sessions">Back to sessions</a>
          </p>
        </section>
      );
  }
}
