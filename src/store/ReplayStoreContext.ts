import { createContext } from 'react';
import type { ReplayStore } from './createReplayStore';

/** Carries the store of the nearest `<ReplayProvider>`. */
export const ReplayStoreContext = createContext<ReplayStore | null>(null);
