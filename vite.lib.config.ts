import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import path from 'node:path';
import { ENTRIES, ROOT, isExternal } from './build/entries.mjs';

// Library build: one ES module per entry in package.json's exports,
// shared code in dist/chunks, every dependency left as an import, and
// the components' CSS gathered into dist/style.css.
export default defineConfig({
  plugins: [react()],
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Embedders' bundlers minify; readable output keeps stack traces and
    // source maps useful in their development builds.
    minify: false,
    target: 'es2022',
    lib: {
      entry: Object.fromEntries(
        ENTRIES.map((entry) => [entry.name, path.join(ROOT, entry.source)]),
      ),
      formats: ['es'],
      cssFileName: 'style',
    },
    rolldownOptions: {
      external: isExternal,
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
