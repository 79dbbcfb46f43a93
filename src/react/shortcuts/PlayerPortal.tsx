import { FloatingPortal } from '@floating-ui/react';
import type { ReactNode } from 'react';
import { usePlayerRegion } from './PlayerRegionContext';

/**
 * Renders floating elements into the player region, or into the body
 * outside one. Inside the region they stay visible when the region is
 * in full screen, where the rest of the page is not shown.
 */
export function PlayerPortal({ children }: { children: ReactNode }) {
  const root = usePlayerRegion()?.element;
  return (
    <FloatingPortal {...(root ? { root } : {})}>{children}</FloatingPortal>
  );
}
