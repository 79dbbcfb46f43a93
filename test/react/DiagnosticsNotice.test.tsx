import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DiagnosticsNotice } from '../../src/react/DiagnosticsNotice';
import { renderPlayer } from './renderPlayer';

describe('DiagnosticsNotice', () => {
  it('renders nothing without diagnostics', () => {
    renderPlayer({ children: <DiagnosticsNotice /> });
    expect(screen.queryByText(/Replay notes/)).not.toBeInTheDocument();
  });

  it('shows what the engine reports', () => {
    const { engine } = renderPlayer({ children: <DiagnosticsNotice /> });
    act(() =>
      engine.latest().emit({
        diagnostics: [
          {
            code: 'missing-node:text',
            message: 'Node 7 is missing.',
            count: 3,
          },
          { code: 'asset-blocked', message: 'Did not load 2 URLs.', count: 2 },
        ],
      }),
    );

    const summary = screen.getByText(
      /Replay notes: 2 kinds of problem, 5 times/,
    );
    fireEvent.click(summary);
    expect(screen.getByText(/Node 7 is missing\./)).toBeVisible();
    expect(screen.getByText('asset-blocked')).toBeVisible();
  });
});
