import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { setupI18n } from '@/lib/i18n';
import { renderApp, signInAs } from '../../tests/utils/render';
import { Layout } from './Layout';

/**
 * Issue 16, counts not times: a page behind sign-in puts its shell (and, where its texts are
 * bundled, its title and lead) on screen before any of its own code is asked for, and asks for
 * that code once the shell is there.
 */
describe('the shell comes first', () => {
  it('holds a lazy route until the shell has been painted, then lets it load', async () => {
    vi.resetModules();
    const { shellFirst } = await import('./router');
    const { markShellPainted } = await import('./shell-painted');
    let loaded = 0;
    const instant = async () => {
      loaded += 1;
      return {};
    };
    const [outer] = shellFirst([{ lazy: instant, children: [{ path: 'a', lazy: instant }] }]);
    const inner = outer?.children?.[0];
    const loads = [outer, inner].map((route) => (route?.lazy as () => Promise<unknown>)());
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(loaded).toBe(0);
    markShellPainted();
    await Promise.all(loads);
    expect(loaded).toBe(2);
  });

  it.each([
    ['nl', 'Overzicht van uw gegevens', /Dit zijn de gegevens die de overheid/],
    ['en', 'Overview of your data', /This is the data/i],
  ] as const)(
    'draws the overview title and lead in the shell (%s), and the page keeps them',
    async (lang, title, lead) => {
      // The shell alone (the router's HydrateFallback): title, lead and a loading state.
      const i18n = setupI18n(lang);
      await i18n.loadNamespaces('common');
      const shell = render(
        <I18nextProvider i18n={i18n}>
          <QueryClientProvider client={new QueryClient()}>
            <MemoryRouter initialEntries={['/mijn-gegevens']}>
              <Layout loading />
            </MemoryRouter>
          </QueryClientProvider>
        </I18nextProvider>,
      );
      expect(await screen.findByRole('heading', { level: 1, name: title })).toBeVisible();
      expect(screen.getByText(lead)).toHaveClass('utrecht-paragraph--lead');
      expect(screen.getAllByRole('status').length).toBeGreaterThan(0);
      shell.unmount();

      // The page itself, with the same title and lead, once.
      await signInAs('999993653');
      renderApp({ path: '/mijn-gegevens', lang });
      expect(await screen.findByRole('heading', { level: 1, name: title })).toBeVisible();
      expect(await screen.findAllByRole('listitem')).not.toHaveLength(0);
      expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
      expect(screen.getAllByText(lead)).toHaveLength(1);
    },
  );
});
