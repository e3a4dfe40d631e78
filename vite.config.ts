import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The web app lives in src/web; it is built to dist/web and served by the API server at '/'.
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 500,
    rolldownOptions: {
      output: {
        // Libraries every page needs (the sign-in page included) go in one chunk that stays cached across releases
        // of the app. antd is left to the automatic splitting, so each page loads only the components it uses.
        codeSplitting: {
          groups: [{ name: 'vendor', test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|i18next|react-i18next)[\\/]/ }],
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
