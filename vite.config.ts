import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';


// Vite wants a default export here.
export default defineConfig({
  root: 'renderer',
  // Relative asset paths: the same build loads from file:// in Electron and
  // from the loopback web server.
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Electron 39 runs a current Chromium; no need to transpile further down.
    target: 'es2022',
    // The engine and its word lists are one large module by design; it loads from disk, not a network.
    chunkSizeWarningLimit: 2500,
  },
  worker: { format: 'es' },
});
