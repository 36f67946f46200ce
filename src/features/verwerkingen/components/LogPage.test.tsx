import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { renderApp, signInAs } from '../../../../tests/utils/render';
import { server } from '@mocks/node';
import { store } from '@mocks/data/zaken/index';

// Suzanne Moulin: about a hundred events in the last 12 months, vehicles among them.
const BSN = '999993653';

async function openLog(path = '/mijn-gegevens/gebruik', lang: 'nl' | 'en' = 'nl') {
  await signInAs(BSN);
  const app = renderApp({ path, lang });
  await screen.findByRole(
    'heading',
    { level: 1, name: lang === 'nl' ? 'Wie gebruikte mijn gegevens' : 'Who used my data' },
    { timeout: 10_000 },
  );
  const count = await screen.findByText(
    /verwerkingen$|processing events$/,
    { selector: '[data-count]' },
    { timeout: 10_000 },
  );
  return { ...app, count };
}

const countOf = () => Number(document.querySelector('[data-count]')?.getAttribute('data-count'));
const visibleRows = () => screen.getAllByRole('row').filter((r) => r.hasAttribute('data-index'));

describe('Wie gebruikte mijn gegevens (log page)', () => {
  it('reads its filters from the URL: only vehicle-register events, and says so', async () => {
    const all = await (async () => {
      const { unmount } = await openLog();
      const n = countOf();
      unmount();
      return n;
    })();
    await openLog('/mijn-gegevens/gebruik?bron=rdw&wie=systeem');
    expect(countOf()).toBeGreaterThan(0);
    expect(countOf()).toBeLessThan(all);
    expect(screen.getByText(new RegExp(`van ${all} verwerkingen`))).toBeInTheDocument();
    expect(screen.getByLabelText('Registratie')).toHaveValue('rdw');
    expect(screen.getByLabelText('Door wie')).toHaveValue('systeem');
    for (const row of visibleRows()) {
      expect(within(row).getByText('Kentekenregister (Basisregistratie Voertuigen)')).toBeInTheDocument();
      expect(within(row).getByText('Automatisch')).toBeInTheDocument();
    }
  });

  it('names the kinds of provision in plain words: a selection is "many people at once"', async () => {
    await openLog();
    const soort = screen.getByLabelText('Soort verstrekking');
    expect(within(soort).getByRole('option', { name: 'Veel mensen tegelijk (selectie)' })).toBeInTheDocument();
    expect(within(soort).queryByRole('option', { name: /bulk/ })).toBeNull();
  });

  it('says plainly that confidential processing is not shown, without a number, with the laws that keep it secret', async () => {
    await openLog();
    const note = screen.getByRole('note', { name: 'Niet alles staat in deze lijst' });
    expect(note).toHaveTextContent(/inlichtingen- en veiligheidsdiensten/);
    expect(note).toHaveTextContent(/Wet politiegegevens/);
    expect(note).toHaveTextContent(/Wiv 2017/);
    expect(note).toHaveTextContent(/zeggen wij ook niet of en hoe vaak/);
    expect(note).toHaveTextContent(/gaat 3 jaar terug/);
    expect(note).toHaveTextContent(/Rijkeboer/);
    expect(note.textContent).not.toMatch(/\d+ (verwerking|keer)/);
  });

  it('exports the same notes as the page shows (what is withheld and why, how far back)', async () => {
    const { user } = await openLog();
    const blobs: Blob[] = [];
    const create = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:mijn-gegevens';
    });
    const originals = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
    URL.createObjectURL = create;
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    try {
      await user.click(screen.getByRole('button', { name: 'Download deze lijst voor computers (JSON)' }));
      const json = JSON.parse(await blobs[0]!.text()) as { opmerkingen: string[] };
      const shown = [...screen.getByRole('note', { name: 'Niet alles staat in deze lijst' }).querySelectorAll('p')].map(
        (p) => p.textContent,
      );
      expect(json.opmerkingen).toEqual(shown);
      expect(json.opmerkingen.join(' ')).toMatch(/Wet politiegegevens.*Wiv 2017/);
    } finally {
      URL.createObjectURL = originals.create;
      URL.revokeObjectURL = originals.revoke;
      click.mockRestore();
    }
  });

  it('puts a chosen filter and the search text in the URL, never the BSN', async () => {
    const { user, router } = await openLog();
    await user.selectOptions(screen.getByLabelText('Soort verstrekking'), 'adhoc');
    await user.type(screen.getByLabelText('Zoeken in het logboek'), 'kenteken');
    await waitFor(() => expect(router.state.location.search).toMatch(/zoek=kenteken/), { timeout: 5_000 });
    expect(screen.getByLabelText('Zoeken in het logboek')).toHaveFocus();
    expect(router.state.location.search).toMatch(/soort=adhoc/);
    expect(router.state.location.search).not.toMatch(BSN);
    for (const row of visibleRows()) expect(row.textContent).toMatch(/kenteken/i);
  });

  it('sorts by organisation from the column header', async () => {
    const { user, router } = await openLog();
    await user.click(screen.getByRole('button', { name: 'Organisatie' }));
    expect(router.state.location.search).toMatch(/sort=organisatie/);
    const header = screen.getByRole('columnheader', { name: /Organisatie/ });
    expect(header).toHaveAttribute('aria-sort', 'ascending');
  });

  it('has a table twin for the monthly chart, and ranked bars that are buttons which filter the list by keyboard', async () => {
    const { user, router } = await openLog();
    const toggle = await screen.findByRole(
      'button',
      { name: 'Toon als tabel: Verwerkingen per maand, per registratie' },
      { timeout: 10_000 },
    );
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('table', { name: 'Verwerkingen per maand, per registratie' })).toBeInTheDocument();

    const ranked = screen.getByRole('list', { name: 'Organisaties die uw gegevens het vaakst gebruikten' });
    const first = within(ranked).getAllByRole('button')[0]!;
    // "Gemeente Rotterdam: 4 verwerkingen. Filter de lijst op Gemeente Rotterdam"
    const [, name, count] =
      /^(.+): (\d+) verwerkingen?\. Filter de lijst op /.exec(first.getAttribute('aria-label') ?? '') ?? [];
    expect(name).toBeTruthy();
    first.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.search).toMatch(/organisatie=/));
    // The bar counted exactly what the table now shows.
    await waitFor(() => expect(countOf()).toBe(Number(count)));
    expect(screen.getByLabelText('Organisatie')).toHaveDisplayValue(name!);
  });

  it('shows in English with the same numbers', async () => {
    await openLog('/mijn-gegevens/gebruik?bron=rdw', 'en');
    expect(screen.getByText(/of \d+ processing events/)).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent(/intelligence and security services/);
  });

  it('shows an error with a retry when the log cannot be loaded', async () => {
    server.use(
      http.post(
        '*/api/ldv/processing-activities',
        () => HttpResponse.json({ title: 'x', status: 500 }, { status: 500 }),
        { once: true },
      ),
    );
    await signInAs(BSN);
    const { user } = renderApp({ path: '/mijn-gegevens/gebruik' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Het logboek kon niet worden geladen');
    await user.click(within(alert).getByRole('button', { name: 'Opnieuw proberen' }));
    await screen.findByText(/verwerkingen$/, { selector: '[data-count]' });
  });
});

/**
 * Issue 16, counts not times (robust on a busy machine): how many log requests and rows the
 * page needs before it shows anything, and how many rows are in the DOM.
 */
describe('the log page, light on a phone', () => {
  it('asks per calendar month, newest first, and shows the newest month before the older ones are in', async () => {
    const asked: Array<{ startTime: number; endTime: number }> = [];
    let release!: () => void;
    const older = new Promise<void>((resolve) => (release = resolve));
    // Records the windows and holds back every month but the newest; returning nothing hands
    // the request on to the gateway's own handler.
    server.use(
      http.post('*/api/ldv/processing-activities', async ({ request }) => {
        const body = (await request.clone().json()) as { startTime?: number; endTime?: number; traceId?: string };
        if (body.traceId || body.startTime === undefined || body.endTime === undefined) return;
        asked.push({ startTime: body.startTime, endTime: body.endTime });
        if (asked.length > 1 && body.endTime < Math.max(...asked.map((a) => a.endTime))) await older;
      }),
    );
    await signInAs(BSN);
    renderApp({ path: '/mijn-gegevens/gebruik' });
    // Rows of the newest month, while 12 older months are still held back: no total yet.
    await waitFor(() => expect(visibleRows().length).toBeGreaterThan(0), { timeout: 10_000 });
    expect(document.querySelector('[data-count]')).toBeNull();
    expect(screen.getByText(/Oudere maanden worden nog opgehaald: 1 van 13 maanden/)).toBeInTheDocument();
    const newest = asked.reduce((a, b) => (b.endTime > a.endTime ? b : a));
    const shownStarts = visibleRows().map((r) => r.querySelector('th')?.textContent);
    expect(shownStarts.length).toBeGreaterThan(0);
    // 12 months = 13 calendar-month windows (two partial), back to back, asked newest first
    // (the older ones once the newest is on screen).
    await waitFor(() => expect(asked).toHaveLength(13));
    expect(asked[0]).toEqual(newest);
    const byEnd = [...asked].sort((a, b) => b.endTime - a.endTime);
    for (let i = 1; i < byEnd.length; i++) expect(byEnd[i]!.endTime).toBe(byEnd[i - 1]!.startTime - 1);
    release();
    await screen.findByText(/verwerkingen$/, { selector: '[data-count]' }, { timeout: 10_000 });
    expect(screen.queryByText(/Oudere maanden worden nog opgehaald/)).toBeNull();
  });

  it('shows at most 50 rows, with pages in the URL that a filter resets', async () => {
    const { user, router } = await openLog('/mijn-gegevens/gebruik?periode=alles');
    const total = countOf();
    expect(total).toBeGreaterThan(50);
    expect(visibleRows()).toHaveLength(50);
    expect(document.querySelectorAll('.mg-log__table tr').length).toBeLessThanOrEqual(51);
    const pages = screen.getByRole('navigation', { name: "Pagina's van de lijst" });
    expect(within(pages).getByRole('link', { name: `Pagina 1 van ${Math.ceil(total / 50)}` })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await user.click(within(pages).getByRole('link', { name: 'Volgende' }));
    await waitFor(() => expect(router.state.location.search).toMatch(/pagina=2/));
    expect(visibleRows()[0]).toHaveAttribute('data-index', '50');
    expect(visibleRows()[0]).toHaveAttribute('aria-rowindex', '52');
    expect(screen.getByRole('region', { name: 'Verwerkingen van uw gegevens' })).toHaveFocus();
    await user.selectOptions(screen.getByLabelText('Soort verstrekking'), 'adhoc');
    await waitFor(() => expect(router.state.location.search).not.toMatch(/pagina=/));
    expect(visibleRows()[0]).toHaveAttribute('data-index', '0');
  });
});

describe('Event detail and "Waarom is dit gebeurd?"', () => {
  async function openFirstEvent() {
    const app = await openLog('/mijn-gegevens/gebruik?bron=rdw');
    const link = within(visibleRows()[0]!).getAllByRole('link')[0]!;
    await app.user.click(link);
    await screen.findByText('Welke wet dit toestaat', {}, { timeout: 10_000 });
    return app;
  }

  it('tells who, what data, why, the law, how long and whom to contact, with no BSN in the URL', async () => {
    const { router } = await openFirstEvent();
    for (const label of [
      'Welke organisatie',
      'Welke gegevens',
      'Waarom',
      'Hoe lang het bewaard mag worden',
      'Contact',
    ]) {
      expect(screen.getByText(label)).toBeInTheDocument();
    }
    expect(screen.getByText('Kentekenregister (Basisregistratie Voertuigen)')).toBeInTheDocument();
    expect(router.state.location.pathname).toMatch(/^\/mijn-gegevens\/gebruik\/[0-9a-f-]{36}_[0-9a-f]{16}$/);
    expect(router.state.location.pathname).not.toMatch(BSN);
  });

  it('validates the question, keeps it after a failed submit, and a retry makes exactly one zaak', async () => {
    const { user } = await openFirstEvent();
    const before = [...store.zaken.values()].filter((z) => z.creatorBsn === BSN).length;
    await user.click(screen.getByRole('button', { name: 'Vraag versturen' }));
    expect(await screen.findByText('Schrijf uw vraag.')).toBeInTheDocument();

    // The zaak is created, then the status call fails: the retry must replay, not duplicate.
    server.use(
      http.post('*/api/zaken/api/v1/statussen', () => HttpResponse.json({ title: 'x', status: 503 }, { status: 503 }), {
        once: true,
      }),
    );
    const question = 'Waarom heeft de gemeente mijn kenteken opgevraagd?';
    await user.type(screen.getByLabelText('Uw vraag'), question);
    await user.click(screen.getByRole('button', { name: 'Vraag versturen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Uw vraag is niet verstuurd');
    expect(screen.getByLabelText('Uw vraag')).toHaveValue(question);

    await user.click(screen.getByRole('button', { name: 'Opnieuw versturen' }));
    expect(await screen.findByText('Uw vraag is verstuurd', {}, { timeout: 10_000 })).toBeInTheDocument();
    const mine = [...store.zaken.values()].filter((z) => z.creatorBsn === BSN);
    expect(mine).toHaveLength(before + 1);
    const zaak = mine.at(-1)!;
    expect(screen.getByTestId('zaak-identificatie')).toHaveTextContent(zaak.identificatie);
    // GDPR art. 12(3): one calendar month from receipt (MOCK_TODAY 2026-11-28).
    expect(screen.getByTestId('uitleg-termijn')).toHaveTextContent('28 december 2026');
    // The question went to the organisation that did the processing, named on the page, with the event as zaakobject.
    const organisatie = screen
      .getByText('Welke organisatie')
      .nextElementSibling?.querySelector('.mg-field__text')?.textContent;
    const { ORGANISATIES } = await import('@mocks/data/verwerkingen/register');
    const { holderVoorOrganisatie } = await import('@mocks/data/zaken/catalogus');
    const controller = ORGANISATIES.find((o) => o.naam === organisatie);
    expect(controller).toBeDefined();
    expect(zaak.verantwoordelijkeOrganisatie).toBe(holderVoorOrganisatie(controller!.id)?.rsin);
    const object = [...store.zaakobjecten.values()].find((o) => o.zaakUuid === zaak.uuid);
    expect(object).toMatchObject({
      objectTypeOverige: 'verwerking',
      overigeData: { verwerkingsverantwoordelijke: controller!.id },
    });
    const vraag = [...store.eigenschappen.values()].filter((e) => e.zaakUuid === zaak.uuid && e.naam === 'toelichting');
    expect(vraag.map((e) => e.waarde)).toEqual([question]);
  });
});

describe('the log page and the calendar', () => {
  it('counts "the last 12 months" from the gateway\'s date, not the device\'s, so it never drifts', async () => {
    const first = await openLog();
    const today = countOf();
    expect(today).toBeGreaterThan(0);
    first.unmount();
    // Two years on, on the device only: the page still asks for the gateway's last 12 months.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2028-12-02T12:00:00Z'));
    try {
      await openLog();
      expect(countOf()).toBe(today);
    } finally {
      vi.useRealTimers();
    }
  });
});
