/// <reference types="vite/client" />
interface ImportMetaEnv {
  readonly VITE_MOCKS?: string;
  readonly VITE_API_BASE_URL?: string;
  readonly VITE_IDLE_TIMEOUT_MINUTES?: string;
  readonly VITE_IDLE_WARNING_MINUTES?: string;
  readonly VITE_API_TIMEOUT_MS?: string;
  readonly VITE_MOCK_CONTROLS?: string;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}
