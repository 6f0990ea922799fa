// Builds the renderer (renderer/ → dist/renderer) with relative paths, so it loads from app:// or any local server.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome120',
    // The app is offline: no module preload polyfill fetching anything, one CSS file.
    modulePreload: { polyfill: false },
    // A desktop app loading from disk: one bundle is fine.
    chunkSizeWarningLimit: 1000,
  },
  server: { host: '127.0.0.1', fs: { allow: ['..'] } },
});
