/**
 * Imported first by audit.worker.ts, before anything that could import msw. Under `npm run dev`
 * (no tree-shaking) the worker's module graph evaluates msw: mocks/data/registers/zoek.ts
 * imports its HttpResponse for the registries' error answers. msw creates its cookie store when
 * it is imported, and that needs localStorage, which a worker does not have. The worker never
 * answers HTTP, so an empty Storage that lives in the worker is enough. Production builds
 * tree-shake msw out of the worker and never reach this.
 */
if (typeof localStorage === 'undefined') {
  const items = new Map<string, string>();
  const storage: Storage = {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
}

export {};
