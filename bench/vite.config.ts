import { defineConfig } from 'vite';

/** The bench page is built apart from the app so that no bench code ships. */
export default defineConfig({
  root: 'bench/pages',
  base: './',
  build: {
    outDir: '../../dist/bench',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 8192,
  },
  preview: { host: '127.0.0.1', port: 4290, strictPort: false },
  logLevel: 'warn',
});
