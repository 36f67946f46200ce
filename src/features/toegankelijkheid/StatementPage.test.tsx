import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import nl from '@/i18n/nl/toegankelijkheid.json';
import en from '@/i18n/en/toegankelijkheid.json';
import { renderApp } from '../../../tests/utils/render';

/** The model statement's parts, in order (digitoegankelijk.nl). */
const sectionsNl = [
  'Over welke website gaat deze verklaring?',
  'Aan welke eisen moet de website voldoen?',
  'Hoe toegankelijk is de website?',
  'Hoe hebben we getest?',
  'Welke problemen kennen we?',
  'Ziet u een probleem? Meld het ons',
  'Datum van deze verklaring',
];

describe('Accessibility statement', () => {
  it('is readable without signing in, with the model statement parts in order', async () => {
    const { router } = renderApp({ path: '/toegankelijkheid' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring' })).toBeInTheDocument();
    // No session guard sent her to sign in.
    expect(router.state.location.pathname).toBe('/toegankelijkheid');
    const main = screen.getByRole('main');
    expect(
      within(main)
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.textContent),
    ).toEqual(sectionsNl);
    expect(document.title).toBe('Toegankelijkheidsverklaring | Mijn Gegevens');
  });

  it('names the standard, an honest status, and what was and was not tested', async () => {
    renderApp({ path: '/toegankelijkheid' });
    await screen.findByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring' });
    expect(screen.getByText(/EN 301 549/)).toHaveTextContent(/WCAG 2\.1/);
    const status = screen.getByRole('region', { name: 'Hoe toegankelijk is de website?' });
    expect(within(status).getByText('Voldoet gedeeltelijk')).toBeInTheDocument();

    const tested = screen.getByRole('region', { name: 'Hoe hebben we getest?' });
    const [done, notDone] = within(tested).getAllByRole('list');
    const doneText = done?.textContent ?? '';
    for (const method of [/axe/, /Engels/, /toetsenbord/, /320 pixels/, /200 procent/, /minder beweging/]) {
      expect(doneText).toMatch(method);
    }
    expect(notDone).toHaveTextContent(/niet getest met een schermlezer/);
    expect(screen.getByRole('region', { name: 'Ziet u een probleem? Meld het ons' })).toHaveTextContent(/demonstratie/);
    expect(screen.getByText('28 november 2026')).toHaveAttribute('dateTime', '2026-11-28');
  });

  it('is there in English too', async () => {
    renderApp({ path: '/toegankelijkheid', lang: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Accessibility statement' })).toBeInTheDocument();
    expect(screen.getByText('Partially compliant')).toBeInTheDocument();
    expect(screen.getByText(/did not test the website with a screen reader/)).toBeInTheDocument();
  });

  it('has the same texts, list lengths included, in Dutch and English', () => {
    const shape = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.length
        : typeof value === 'object' && value !== null
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]))
          : typeof value;
    expect(shape(en)).toEqual(shape(nl));
  });

  it('is linked from the footer of every page', async () => {
    const { user, router } = renderApp({ path: '/inloggen' });
    const footer = await screen.findByRole('contentinfo');
    await user.click(within(footer).getByRole('link', { name: 'Toegankelijkheid' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/toegankelijkheid');
  });
});
