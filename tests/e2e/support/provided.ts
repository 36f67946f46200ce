/** What `global-setup.ts` hands to the e2e tests through Vitest's provide/inject. */
declare module 'vitest' {
  export interface ProvidedContext {
    /**
     * Per e2e worker: the app built with VITE_MOCKS=off, served by nginx with the production
     * configuration (deploy/nginx), whose `/api` is proxied to that worker's own mock gateway. Tests use `baseUrl()` (support/fixtures.ts).
     */
    E2E_BASE_URLS: string[];
    /** Per e2e worker: its mock gateway over real HTTP (`mocks/server.ts`); `mockApiUrl()`. */
    E2E_MOCK_API_URLS: string[];
    /** The app built with VITE_MOCKS=on (the in-browser MSW worker answers `/api`), served by the same nginx, no proxy. */
    E2E_MOCKS_BASE_URL: string;
  }
}

export {};
