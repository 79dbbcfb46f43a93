import { version } from 'react';

// Fails every test file at once if the React 18 aliases stop applying.
if (!version.startsWith('18.')) {
  throw new Error(`React 18 expected in this project, got ${version}.`);
}
