/**
 * "Paint the shell first" (issue 16). A page behind sign-in needs its lazy code before it can
 * draw anything of its own; the router starts loading it while the main chunk still runs, and
 * the browser then draws nothing until that code has arrived (on slow 4G: the 60–90 KB of the
 * page's chunks after the 145 KB main chunk). Holding the lazy loads until the shell (header,
 * menu, the page's title and lead where known, a loading state) has been painted puts
 * something useful on screen one download earlier; the page's code follows one frame later.
 *
 * `shellPainted` resolves after the first commit of the layout (a frame, then a task: the
 * browser has painted by then), or after 100 ms in any case (a tab in the background gets no
 * frames; a test without a layout must not hang).
 */
let open: () => void = () => {};
let opened = false;
export const shellPainted: Promise<void> = new Promise<void>((resolve) => {
  open = () => {
    opened = true;
    resolve();
  };
});

/** Called by the layout once it has committed. Safe to call again. */
export function markShellPainted(): void {
  if (opened) return;
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(open, 0));
  setTimeout(open, 100);
}
