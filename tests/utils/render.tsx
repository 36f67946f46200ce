import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, MemoryRouter } from 'react-router';
import { App } from '@/app/App';
import { routes } from '@/app/router';
import { ShellFrame } from '@/app/ShellFrame';
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

/** The shell's frame alone, as the layout's fallback draws it while a page's code loads. */
export async function renderShellFrame(path: string | { pathname: string; state: unknown }, lang: Language) {
  const i18n = setupI18n(lang);
  await i18n.loadNamespaces('common');
  return render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter initialEntries={[path]}>
          <ShellFrame />
        </MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}
