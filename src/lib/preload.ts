/**
 * "This page is probably next": components and features say so without knowing how pages are
 * loaded (src/app/preload.ts does that and registers itself here at start-up).
 */
let preloader: ((to: string) => unknown) | undefined;

export function setPreloader(value: ((to: string) => unknown) | undefined): void {
  preloader = value;
}

/** Starts loading the page at `to` (code, texts and, when signed in, data). No-op before start-up. */
export function preload(to: string): void {
  preloader?.(to);
}

/** Props for a link: preload its page when the pointer rests on it, a finger touches it or it gets focus. */
export function preloadOnIntent(to: string) {
  const go = () => preload(to);
  return { onMouseEnter: go, onFocus: go, onTouchStart: go };
}
