import type { Preview } from '@storybook/react-vite';

const preview: Preview = {
  // Every story file gets a generated docs page with its props table.
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    // Accessibility violations found by axe fail the story's test.
    a11y: { test: 'error' },
  },
};

export default preview;
