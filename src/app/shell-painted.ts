/**
 * "Paint the shell first" (issue 16). A page behind sign-in needs its lazy code before it can
 * draw anything of its own; the router starts loading it while the main chunk still runs, and
 * the browser then draws nothing until that code has arrived (on slow 4G: the 60–90 KB of the
 * page's chunks after the 145 KB main chunk). Holding the lazy loads until the shell (header,
 * menu, the page's title and lead where known, a loading state) has been painted puts
 * something useful on screen one download earlier; the page's code follows one frame later.
 *
 * `shellPainted` resolves after the first commit of the layout (a frame, then a task: the
 * browser has painted by then) — or, when the layout's fallback is a ShellFrame that still waits
 * for its texts or the session, after that frame's commit (it holds the gate until then, 1.5 s
 * at most). Once asked, it opens after 100 ms in any case (a tab in the background gets no frames).
 */
let open: () => void = () => {};
let opened = false;
export const shellPainted: Promise<void> = new Promise<void>((resolve) => {
  open = () => {
    opened = true;
    resolve();
  };
});

/** Frames that are still completing (their texts or the session are on the way). */
let holds = 0;

/** A ShellFrame that is not complete yet holds the gate; the returned function releases it. */
export function holdShell(): () => void {
  holds += 1;
  let released = false;
  return () => {
    if (!released) holds -= 1;
    released = true;
  };
}

/** The layout, once committed: open the gate unless a frame is still completing. */
export function markShellPaintedUnlessHeld(): void {
  if (holds === 0) markShellPainted();
}

/** Open the gate once this commit has been painted. Safe to call again. */
let scheduled = false;
export function markShellPainted(): void {
  if (opened || scheduled) return;
  scheduled = true;
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(open, 0));
  setTimeout(open, 100);
}
