import { useState } from 'react';
import { ToggleButton } from './ToggleButton';

/** Whether a panel keeps the row at the playhead in view. */
export interface Follow {
  following: boolean;
  setFollowing: (following: boolean) => void;
  /** Turns following off; for when the person scrolls the list. */
  stop: () => void;
}

/**
 * Returns the follow state. Following starts on and stops when the person
 * scrolls away.
 */
export function useFollow(): Follow {
  const [following, setFollowing] = useState(true);
  return { following, setFollowing, stop: () => setFollowing(false) };
}

/** Renders the "Follow" switch of a panel header. */
export function FollowToggle({ follow }: { follow: Follow }) {
  return (
    <ToggleButton
      pressed={follow.following}
      onPressedChange={follow.setFollowing}
      title="Keep the row at the playhead in view"
    >
      Follow
    </ToggleButton>
  );
}
