import 'rrweb/dist/style.css';
import { installHarness } from './harness';
import { createRrwebPlayer } from './rrwebPlayer';

installHarness(createRrwebPlayer);
