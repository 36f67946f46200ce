import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, type RouteObject } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { setupI18n } from '@/lib/i18n';
import { App } from './App';
import { isChunkLoadError, RouteError } from './RouteError';
import { routes } from './router';

function Boom(): never {
  throw new Error('secret detail 999993653 at Boom (Boom.tsx:1)');
}

function renderWith(children: RouteObject[], lang: 'nl' | 'en' = 'nl') {
  const router = createMemoryRouter([{ errorElement: <RouteError />, children }], { initialEntries: ['/'] });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(<App queryClient={queryClient} i18n={setupI18n(lang)} router={router} />);
}

describe('the route error page', () => {
  it('shows a calm message with a reference, never the error text or a stack, and logs only the reference', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderWith([{ path: '/', element: <Boom /> }]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Er ging iets mis' })).toBeInTheDocument();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/Uw gegevens zijn niet veranderd/);
    const reference = /code: ([0-9A-F]{8})\./.exec(alert.textContent ?? '')?.[1];
    expect(reference).toBeDefined();
    expect(document.body.textContent).not.toMatch(/secret|999993653|Boom\.tsx|Hey developer/);
    expect(screen.getByRole('button', { name: 'Probeer opnieuw' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar de startpagina' })).toHaveAttribute('href', '/mijn-gegevens');
    const ours = logged.mock.calls.map((c) => c.join(' ')).filter((line) => line.includes('[mijn-gegevens]'));
    expect(ours).toEqual([`[mijn-gegevens] page error ${reference} (Error)`]);
  });

  it('speaks English', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderWith([{ path: '/', element: <Boom /> }], 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('is the error element of every page of the app, not only some', () => {
    // The wrapper route under the layout carries it; every page is its descendant.
    const layout = routes[0]!;
    expect(layout.errorElement).toBeDefined();
    const wrapper = layout.children?.[0];
    expect(wrapper?.errorElement).toBeDefined();
    expect(layout.children).toHaveLength(1);
  });

  it('recognises a failed chunk in the wording of each browser engine', () => {
    for (const message of [
      'Failed to fetch dynamically imported module: http://x/assets/OverviewRoute-abc.js',
      'error loading dynamically imported module: http://x/a.js',
      'Importing a module script failed.',
      'Unable to preload CSS for /assets/x.css',
    ]) {
      expect(isChunkLoadError(new TypeError(message)), message).toBe(true);
    }
    expect(isChunkLoadError(new Error('Cannot read properties of undefined'))).toBe(false);
    expect(isChunkLoadError('Failed to fetch dynamically imported module')).toBe(false);
  });
});
