import { describe, expect, it } from 'vitest';
import { parseReplayUrl } from '../../src/react/deepLink';
import { parseRoute, sessionHref } from '../../examples/admin/src/useRoute';

describe('admin example routes', () => {
  it('opens the session list by default', () => {
    expect(parseRoute('')).toEqual({ page: 'sessions' });
    expect(parseRoute('#/')).toEqual({ page: 'sessions' });
    expect(parseRoute('#/sessions')).toEqual({ page: 'sessions' });
  });

  it('reads a session page and ignores its deep link', () => {
    expect(parseRoute('#/sessions/posthog-com-docs?t=12.5')).toEqual({
      page: 'session',
      name: 'posthog-com-docs',
    });
  });

  it('reads the problems page with its filter', () => {
    expect(parseRoute('#/problems')).toEqual({
      page: 'problems',
      session: undefined,
    });
    expect(parseRoute('#/problems?session=demoit-react-hooks')).toEqual({
      page: 'problems',
      session: 'demoit-react-hooks',
    });
  });

  it('reads the heatmap page', () => {
    expect(parseRoute('#/heatmap')).toEqual({ page: 'heatmap' });
  });

  it('names unknown paths', () => {
    expect(parseRoute('#/heatmaps')).toEqual({
      page: 'not-found',
      path: '/heatmaps',
    });
  });

  it('links to an insight the player can read back', () => {
    const href = sessionHref('chalk-session-25131bfa', {
      errorId: 'rage-click-264',
    });

    expect(href).toBe('#/sessions/chalk-session-25131bfa?error=rage-click-264');
    expect(parseReplayUrl(`http://127.0.0.1/${href}`)).toEqual({
      time: undefined,
      errorId: 'rage-click-264',
    });
  });

  it('keeps the playback time in the hash', () => {
    const href = sessionHref('demoit-react-hooks', { time: 83_500 });

    expect(href).toBe('#/sessions/demoit-react-hooks?t=83.5');
    expect(parseReplayUrl(`http://127.0.0.1/${href}`).time).toBe(83_500);
  });
});
