/** Component tests (jsdom): Testing Library and what jsdom lacks. */
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';

// jsdom has <dialog> but not its modal API; the browser e2e tests cover the real one.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
}

// jsdom has window.scrollTo only as a "not implemented" error; the layout scrolls on navigation.
window.scrollTo = () => undefined;

// Pages load lazy chunks and mock data; on a busy 2-core CI machine that can take longer than
// Testing Library's 1 s default for findBy*/waitFor. A wait that succeeds is still immediate.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => cleanup());

// Every case starts with empty web storage. The files of a worker share one jsdom (isolate: false),
// so what one file leaves behind reaches the next: CorrectieFlow.test.tsx leaves correction drafts,
// and a kept draft keeps the shell's correction frame in its loading state by design. That made
// the first case of src/app/correction-frame.test.tsx wait for good in some CI runs (3 December).
beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});
