/** What `global-setup.ts` hands to the e2e tests through Vitest's provide/inject. */
declare module 'vitest' {
  export interface ProvidedContext {
    /** The app built with VITE_MOCKS=off, served by `vite preview`; `/api` is proxied to the mock gateway. */
    E2E_BASE_URL: string;
    /** The mock gateway over real HTTP (`mocks/server.ts`), e.g. for `POST /__mock/reset`. */
    E2E_MOCK_API_URL: string;
    /** The app built with VITE_MOCKS=on (the in-browser MSW worker answers `/api`), no proxy. */
    E2E_MOCKS_BASE_URL: string;
  }
}

export {};
