import { createContext } from 'react';

/**
 * Whether a panel names itself as a region landmark. `<ReplayPanels>`
 * turns it off for the panel in its tab panel, which the tab already
 * names, so two players with panels on one page do not add two "Events"
 * landmarks.
 */
export const PanelLandmarkContext = createContext(true);
