import { fileURLToPath, URL } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

import { bundleBudget } from './build/bundle-budget.ts';

/** The API that `npm run dev` proxies to; the built SPA is served by the API itself on the same origin. */
const apiTarget = process.env.DEV_API_URL ?? 'http://127.0.0.1:5080';
const proxiedPaths = ['/api', '/openapi', '/health', '/swagger'];

export default defineConfig({
  // The first-load budgets, checked on every build: at most 150 kB of JavaScript and 60 kB of CSS, gzipped.
  plugins: [react(), bundleBudget({ initialJsKb: 150, initialCssKb: 60 })],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  css: {
    preprocessorOptions: {
      scss: { loadPaths: ['node_modules'], quietDeps: true },
    },
    // govuk-frontend still ships the `min-width: 0\0` IE hack, which Vite 8's CSS minifier rejects without this.
    lightningcss: { errorRecovery: true },
  },
  server: {
    proxy: Object.fromEntries(proxiedPaths.map((path) => [path, { target: apiTarget, changeOrigin: false }])),
  },
  // `vite preview` serves dist/ with the same proxy (it falls back to server.proxy).
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'build/**/*.test.ts'],
    setupFiles: ['src/testing/setup-tests.ts'],
    css: false,
  },
});
