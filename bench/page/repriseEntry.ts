import { installHarness } from './harness';
import { createReprisePlayer } from './reprisePlayer';

installHarness(createReprisePlayer);
