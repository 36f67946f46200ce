/**
 * Text printed over text (issue 19): axe cannot see it, people cannot read it. In the page, take
 * every visible text node's line boxes (Range.getClientRects, also SVG chart labels), and report
 * each pair of boxes from two different elements that overlap by more than a hair. Boxes of one
 * element never count against each other, nor against its ancestors or descendants.
 */
import type { Page } from 'playwright-core';

export type Overlap = { a: string; b: string; area: string };

export async function findTextOverlaps(page: Page): Promise<Overlap[]> {
  return page.evaluate(() => {
    type Box = { el: Element; left: number; top: number; right: number; bottom: number };
    const boxes: Box[] = [];
    const visible = (el: Element): boolean => {
      // checkVisibility: display none, visibility, opacity 0, and content that is not rendered
      // (a closed <details> keeps its content in a content-visibility: hidden slot).
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true }))
        return false;
      for (let e: Element | null = el; e; e = e.parentElement) {
        if (
          e instanceof HTMLDetailsElement &&
          !e.open &&
          !(e.firstElementChild?.tagName === 'SUMMARY' && e.firstElementChild.contains(el))
        )
          return false;
        // Visually hidden (screen-reader-only) text is clipped to nothing on purpose.
        const style = getComputedStyle(e);
        if (style.clipPath === 'inset(50%)' || style.clip === 'rect(0px, 0px, 0px, 0px)') return false;
      }
      return true;
    };
    type Clip = { left: number; top: number; right: number; bottom: number };
    const clips = new Map<Element, Clip | null>();
    /** The viewport-space box that ancestors with overflow other than visible leave of `el`. */
    const clipOf = (el: Element): Clip | null => {
      const cached = clips.get(el);
      if (cached !== undefined) return cached;
      const parent = el.parentElement;
      let clip: Clip | null = parent
        ? clipOf(parent)
        : { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
      const style = getComputedStyle(el);
      if (
        clip &&
        (style.overflowX !== 'visible' || style.overflowY !== 'visible') &&
        el !== document.body &&
        el !== document.documentElement
      ) {
        const r = el.getBoundingClientRect();
        clip = {
          left: style.overflowX !== 'visible' ? Math.max(clip.left, r.left) : clip.left,
          right: style.overflowX !== 'visible' ? Math.min(clip.right, r.right) : clip.right,
          top: style.overflowY !== 'visible' ? Math.max(clip.top, r.top) : clip.top,
          bottom: style.overflowY !== 'visible' ? Math.min(clip.bottom, r.bottom) : clip.bottom,
        };
        if (clip.right <= clip.left || clip.bottom <= clip.top) clip = null;
      }
      clips.set(el, clip);
      return clip;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      const el = node.parentElement;
      if (!el || el.closest('script, style, title, noscript')) continue;
      if (!visible(el)) continue;
      const clip = clipOf(el);
      if (!clip) continue;
      range.selectNodeContents(node);
      for (const r of Array.from(range.getClientRects())) {
        // Only the part not cut off by a scroll box or overflow: hidden around it.
        const left = Math.max(r.left, clip.left);
        const right = Math.min(r.right, clip.right);
        const top = Math.max(r.top, clip.top);
        const bottom = Math.min(r.bottom, clip.bottom);
        if (right - left < 2 || bottom - top < 2) continue;
        boxes.push({
          el,
          left: left + window.scrollX,
          top: top + window.scrollY,
          right: right + window.scrollX,
          bottom: bottom + window.scrollY,
        });
      }
    }
    const name = (el: Element) => {
      const id = el.id ? `#${el.id}` : '';
      const cls =
        typeof el.className === 'string' && el.className
          ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}`
          : '';
      return `${el.tagName.toLowerCase()}${id}${cls} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    };
    // Line boxes of adjacent lines touch; fonts' ascenders may cross by a pixel or two.
    const TOLERANCE = 3;
    boxes.sort((x, y) => x.top - y.top);
    const found: Array<{ a: string; b: string; area: string }> = [];
    const seen = new Set<string>();
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i]!;
      for (let j = i + 1; j < boxes.length; j++) {
        const b = boxes[j]!;
        if (b.top >= a.bottom - TOLERANCE) break;
        if (a.el === b.el || a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w <= TOLERANCE || h <= TOLERANCE) continue;
        const key = `${name(a.el)}|${name(b.el)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        found.push({
          a: name(a.el),
          b: name(b.el),
          area: `${Math.round(w)}×${Math.round(h)} px at ${Math.round(Math.max(a.left, b.left))},${Math.round(Math.max(a.top, b.top))}`,
        });
        if (found.length >= 20) return found;
      }
    }
    return found;
  });
}
