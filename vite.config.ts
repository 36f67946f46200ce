/// <reference types="vitest/config" />
import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// Security headers for `vite preview` (the production-like server the e2e suite and the
// benchmark drive). A real deployment sets the same headers at its web server.
const securityHeaders = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '');
  // Where `/api` goes when the browser mocks are off: a real gateway, or `npm run mock-api`.
  const gateway = env.GATEWAY_URL ?? process.env.GATEWAY_URL;
  const proxy = gateway ? { '/api': { target: gateway, changeOrigin: false } } : undefined;
  return {
    plugins: [react()],
    resolve: {
      alias: {
        '@': fileURLToPath(new URL('./src', import.meta.url)),
        '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
      },
    },
    build: { manifest: true, sourcemap: false, target: 'es2022' },
    server: { port: 5173, strictPort: false, proxy },
    preview: { port: 4173, strictPort: false, proxy, headers: securityHeaders },
    test: {
      environment: 'jsdom',
      setupFiles: ['./tests/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'tests/contract/**/*.test.ts'],
      restoreMocks: true,
      testTimeout: 20_000,
      env: { TZ: 'Europe/Amsterdam' },
    },
  };
});
