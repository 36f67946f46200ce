/** Component tests (jsdom): Testing Library and what jsdom lacks. */
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

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
