import { act, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Timeline } from '../../../src/react/Timeline';
import { renderPlayer } from '../renderPlayer';

const FILE = path.join(
  import.meta.dirname,
  '../../fixtures/recordings/chalk-session-25131bfa.json',
);

describe('Timeline on a real recording', () => {
  it('marks the rage click of a chalk session and explains it', async () => {
    const events: unknown = JSON.parse(readFileSync(FILE, 'utf8'));
    renderPlayer({ events, children: <Timeline /> });
    const toolbar = screen.getByRole('toolbar', { name: 'Markers' });

    const clicks = within(toolbar).getAllByRole('button', {
      name: /^Click at \d:\d\d: /,
    });
    const rage = within(toolbar).getByRole('button', {
      name: /^Rage click at \d:\d\d: .+ \(\d+ clicks\)$/,
    });
    expect(clicks.length).toBeGreaterThan(10);

    act(() => rage.focus());
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip).toHaveTextContent(/\d+ clicks on .+ each within 1000 ms/);
    expect(
      document.querySelector('.reprise-timeline__activity path'),
    ).toHaveAttribute('d', expect.stringMatching(/^M0 100L/));
  });
});
