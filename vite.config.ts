import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));

/** Builds the single-page app from src/web into dist/web, where the server serves it. */
export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    // Lets the report (and anyone curious) see which chunks the first page load pulls in.
    manifest: true,
    chunkSizeWarningLimit: 600,
  },
  server: {
    port: 5173,
    // In development the API runs on its own port (`npm start`); the browser sees one origin.
    // The pattern skips `.ts(x)` files: the app's own `src/web/api/` folder is also served at /api/.
    proxy: {
      '^/api/(?!.*\\.tsx?(\\?.*)?$)': {
        target: process.env.QPTD_API_URL ?? 'http://127.0.0.1:3000',
        changeOrigin: false,
      },
    },
  },
  preview: { port: 4173 },
});
