import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENTRIES, ROOT } from '../../build/entries.mjs';

const dirname = path.dirname(fileURLToPath(import.meta.url));

// The app imports Reprise by its package name, as an embedder would.
// Here those names point at the sources, so edits to the library show up
// at once; the entries come from the same list as the library build.
const repriseAliases = [
  {
    find: /^reprise\/style\.css$/,
    replacement: path.join(ROOT, 'src/react/theme.css'),
  },
  ...ENTRIES.map((entry) => ({
    find: new RegExp(`^${entry.specifier.replace('/', '\\/')}$`),
    replacement: path.join(ROOT, entry.source),
  })),
];

export default defineConfig({
  root: dirname,
  plugins: [react()],
  resolve: { alias: repriseAliases },
  server: {
    host: '127.0.0.1',
    port: Number(process.env.EXAMPLE_PORT ?? 5173),
    strictPort: true,
    // The recordings live in test/fixtures, outside this folder.
    fs: { allow: [ROOT] },
  },
  build: { outDir: path.join(dirname, 'dist'), emptyOutDir: true },
});
