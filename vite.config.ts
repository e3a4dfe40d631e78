import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The web app lives in src/web; it is built to dist/web and served by the API server at '/'.
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
