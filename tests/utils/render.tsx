import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { App } from '@/app/App';
import { routes } from '@/app/router';
import { setupI18n, type Language } from '@/lib/i18n';

export { signInAs } from './session';

/** A fresh app per test: its own query cache (no retries), i18n instance and router. */
export function renderApp({ path = '/', lang = 'nl' as Language } = {}) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  });
  const i18n = setupI18n(lang);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(<App queryClient={queryClient} i18n={i18n} router={router} />);
  return { ...view, user, router, queryClient, i18n };
}
