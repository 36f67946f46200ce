import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { setupI18nWithAllNamespaces, type Language } from '@/lib/i18n';
import { server } from '@mocks/node';
import { PersoonsgegevensPage } from './PersoonsgegevensPage';
import { signInAs } from '../../../../tests/utils/session';

// msw/node is started in tests/setup/gateway.ts (onUnhandledRequest: 'error', state reset per test).

/** The page in its providers; the session (and with it the own BSN) comes from the mock gateway. */
async function renderPage({ lang = 'nl' }: { lang?: Language } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const i18n = await setupI18nWithAllNamespaces(lang);
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <MemoryRouter>
          <PersoonsgegevensPage />
        </MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return { i18n, queryClient, user };
}

async function signedInPage(bsn: string, lang: Language = 'nl') {
  await signInAs(bsn);
  return renderPage({ lang });
}

/** The value next to a label in a section's fact list (<dt>/<dd>). */
function fact(container: HTMLElement, label: string | RegExp): HTMLElement {
  const term = within(container)
    .getAllByRole('term')
    .find((dt) => (typeof label === 'string' ? dt.textContent === label : label.test(dt.textContent ?? '')));
  if (!term?.nextElementSibling) throw new Error(`no fact labelled ${String(label)}`);
  return term.nextElementSibling as HTMLElement;
}

const region = (name: string | RegExp) => screen.getByRole('region', { name });

describe('Persoonsgegevens page', () => {
  it('runs in jsdom on the origin the mock gateway expects', () => {
    expect(location.origin).toBe('http://localhost:3000');
  });

  it('says whose data it is when a parent acts for a child (issue 14)', async () => {
    await signInAs('999970057');
    const switched = await fetch(new URL('/api/auth/session/namens', location.origin), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ bsn: '999970070' }),
    });
    expect(switched.status).toBe(200);
    await renderPage();
    await screen.findByRole('region', { name: 'Naam' }, { timeout: 10_000 });
    expect(
      screen.getByText(
        /^Dit staat er over .+ in de Basisregistratie Personen \(BRP\)\. U bekijkt deze gegevens namens /,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/^Dit staat er over u in/)).toBeNull();
  });

  it('shows what the BRP holds about Suzanne Moulin, and who keeps it', async () => {
    await signedInPage('999993653');
    expect(screen.getByRole('heading', { level: 1, name: 'Persoonsgegevens' })).toBeInTheDocument();

    const naam = await screen.findByRole('region', { name: 'Naam' });
    expect(fact(naam, 'Volledige naam')).toHaveTextContent('Suzanne Moulin');

    const adres = region('Adres en woonplaats');
    expect(fact(adres, 'Adres')).toHaveTextContent('Boterdiep 31');
    expect(fact(adres, 'Postcode en woonplaats')).toHaveTextContent('3077 AW Rotterdam');

    const nationaliteit = region('Nationaliteit');
    expect(within(nationaliteit).getByRole('heading', { level: 3, name: 'Franse nationaliteit' })).toBeInTheDocument();

    const bron = region('Waar komen deze gegevens vandaan?');
    expect(fact(bron, 'Bijgehouden door')).toHaveTextContent('Gemeente Rotterdam');
    expect(
      within(bron).getByRole('link', { name: /Wet basisregistratie personen, artikel 2\.58/ }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Overleden' })).not.toBeInTheDocument();
  });

  it('asks the gateway with the official Haal Centraal body for the own BSN', async () => {
    const bodies: unknown[] = [];
    server.events.on('request:start', async ({ request }) => {
      if (request.url.endsWith('/api/brp/personen')) bodies.push(await request.clone().json());
    });
    await signedInPage('999993653');
    await screen.findByRole('region', { name: 'Naam' });
    expect(bodies).toEqual([
      expect.objectContaining({
        type: 'RaadpleegMetBurgerservicenummer',
        burgerservicenummer: ['999993653'],
        fields: expect.arrayContaining(['naam', 'verblijfplaats', 'nationaliteiten']),
      }),
    ]);
    server.events.removeAllListeners();
  });

  it('lists the facts in onderzoek at the top, with the date the check started', async () => {
    await signedInPage('999990482');
    const heading = await screen.findByRole('heading', { name: 'Een deel van de gegevens wordt gecontroleerd' });
    const notice = heading.closest('.mg-alert') as HTMLElement;
    expect(
      within(notice).getByRole('link', { name: 'Geboortedatum (Geboorte): sinds 22 augustus 2010' }),
    ).toHaveAttribute('href', '#brp-geboorte');
    expect(fact(region('Geboorte'), 'Geboortedatum')).toHaveTextContent(
      /1999 \(dag en maand zijn onbekend\).*sinds 22 augustus 2010/,
    );
  });

  it('says neutrally that the person has died, and that the RNI keeps the data', async () => {
    await signedInPage('999992077');
    const heading = await screen.findByRole('heading', { name: 'Overleden' });
    expect(heading.closest('.mg-alert')).toHaveTextContent(
      'Volgens de BRP is deze persoon overleden op 1 oktober 2015.',
    );
    expect(screen.getByRole('heading', { name: 'Deze gegevens worden niet meer bijgehouden' })).toBeInTheDocument();
    expect(fact(region('Waar komen deze gegevens vandaan?'), 'Bijgehouden door')).toHaveTextContent(
      'Registratie Niet-Ingezetenen (RNI)',
    );
  });

  it('switches labels to English while the registry data stays the same', async () => {
    const { i18n } = await signedInPage('999993653');
    await screen.findByRole('region', { name: 'Naam' });
    await act(() => i18n.changeLanguage('en'));

    expect(screen.getByRole('heading', { level: 1, name: 'Personal data' })).toBeInTheDocument();
    const naam = region('Name');
    expect(fact(naam, 'Full name')).toHaveTextContent('Suzanne Moulin');
    expect(within(naam).queryByText('Volledige naam')).not.toBeInTheDocument();
    expect(fact(region('Address and place of residence'), 'Address')).toHaveTextContent('Boterdiep 31');
    expect(fact(region('Birth'), 'Date of birth')).toHaveTextContent('1 December 1985');
    expect(fact(region('Where does this data come from?'), 'Kept by')).toHaveTextContent('Municipality of Rotterdam');
  });

  it('asks to sign in again when the session is gone, without calling the BRP', async () => {
    let brpCalls = 0;
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/api/brp/personen')) brpCalls++;
    });
    await renderPage();
    expect(await screen.findByRole('heading', { name: 'Log opnieuw in om uw gegevens te zien' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Opnieuw inloggen' })).toHaveAttribute('href', '/inloggen');
    expect(brpCalls).toBe(0);
    server.events.removeAllListeners();
  });

  it('shows what to do when the BRP fails, and loads the data on retry', async () => {
    server.use(
      http.post(
        '*/api/brp/personen',
        () => HttpResponse.json({ status: 503, title: 'Niet beschikbaar' }, { status: 503 }),
        {
          once: true,
        },
      ),
    );
    const { user } = await signedInPage('999993653');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Uw gegevens uit de BRP konden niet worden geladen');
    await user.click(within(alert).getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('region', { name: 'Naam' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('renders registry text as text, never as HTML', async () => {
    const evil = '<img src=x onerror="alert(1)">';
    server.use(
      http.post('*/api/brp/personen', () =>
        HttpResponse.json({
          type: 'RaadpleegMetBurgerservicenummer',
          personen: [{ naam: { voornamen: evil, volledigeNaam: evil } }],
        }),
      ),
    );
    await signedInPage('999993653');
    const naam = await screen.findByRole('region', { name: 'Naam' });
    expect(fact(naam, 'Voornamen')).toHaveTextContent(evil);
    expect(document.querySelector('img')).toBeNull();
  });

  it('does not show half-valid data when the answer breaks the contract', async () => {
    server.use(
      http.post('*/api/brp/personen', () =>
        HttpResponse.json({
          type: 'RaadpleegMetBurgerservicenummer',
          personen: [{ verblijfplaats: { type: 'Adres', verblijfadres: { huisnummer: 'x' } } }],
        }),
      ),
    );
    await signedInPage('999993653');
    expect(await screen.findByRole('alert')).toHaveTextContent('We kregen gegevens die we niet kunnen lezen');
    expect(screen.queryByRole('region', { name: 'Naam' })).not.toBeInTheDocument();
  });
});
