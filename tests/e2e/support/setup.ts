/** Per test file (setupFiles): close the shared Chromium when the file's tests are done. */
import { afterAll } from 'vitest';
import { closeBrowser } from './browser';

afterAll(async () => {
  await closeBrowser();
});
