import { useEffect, useState, type RefCallback } from 'react';

/**
 * Whether an element has come within a screen of the viewport (then it stays true), for heavy
 * work that only matters when seen, such as drawing charts (issue 16: recharts drawing on load
 * was the largest block of main-thread work on the log and auditor pages, below the fold on a
 * phone). `preload` runs in idle time once `ready`, so scrolling down finds the code there.
 * Without IntersectionObserver (jsdom, very old browsers): at once.
 */
export function useNearScreen<T extends Element>(
  ready: boolean,
  preload?: () => Promise<unknown>,
): [RefCallback<T>, boolean] {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const [element, setElement] = useState<T | null>(null);
  useEffect(() => {
    if (near || !ready || !element) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), {
      rootMargin: '100% 0px',
    });
    observer.observe(element);
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 1));
    const cancelIdle = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = preload ? idle(() => void preload().catch(() => undefined)) : undefined;
    return () => {
      observer.disconnect();
      if (handle !== undefined) cancelIdle(handle);
    };
  }, [near, ready, element, preload]);
  return [setElement, near];
}
