import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ReplayPanels } from '../../../src/react/panels';
import { eventsRecording } from './fixtures';
import { mockListLayout } from './mockLayout';
import { renderInPlayer } from './renderInPlayer';

mockListLayout();

describe('ReplayPanels tabs', () => {
  it('shows the events panel first', () => {
    renderInPlayer(eventsRecording(), <ReplayPanels />);

    const tab = screen.getByRole('tab', { name: 'Events' });
    expect(tab).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Events');
    expect(
      within(screen.getByRole('tabpanel')).getByRole('list', {
        name: 'Events',
      }),
    ).toBeVisible();
    // The tab names the panel, so the panel adds no landmark of its own.
    expect(screen.queryByRole('region', { name: 'Events' })).toBeNull();
  });

  it('switches panels by click', () => {
    renderInPlayer(eventsRecording(), <ReplayPanels />);
    fireEvent.click(screen.getByRole('tab', { name: 'Network' }));

    expect(screen.getByRole('tab', { name: 'Network' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Network');
    expect(screen.queryByRole('list', { name: 'Events' })).toBeNull();
  });

  it('moves between tabs with arrows', () => {
    renderInPlayer(eventsRecording(), <ReplayPanels />);
    const events = screen.getByRole('tab', { name: 'Events' });
    events.focus();

    fireEvent.keyDown(events, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Console' })).toHaveFocus();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(screen.getByRole('tab', { name: 'Network' })).toHaveFocus();
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Network');
  });
});
