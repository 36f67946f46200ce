import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp, signInAs } from '../../../../tests/utils/render';
import { server } from '@mocks/node';
import { store } from '@mocks/data/zaken/index';

const BSN = '999993653';

function zakenOfTest() {
  return [...store.zaken.values()].filter((z) => z.creatorBsn === BSN && z.omschrijving.startsWith('Correctie'));
}

async function toCheckPage(view: ReturnType<typeof renderApp>) {
  const { user } = view;
  await screen.findByRole('heading', { level: 1, name: 'Wat klopt er niet?' }, { timeout: 10_000 });
  await user.click(screen.getByLabelText('Het gegeven is fout'));
  await user.click(screen.getByRole('button', { name: 'Verder' }));
  await screen.findByRole('heading', { level: 1, name: 'Wat is de juiste waarde?' });
  await user.type(screen.getByLabelText(/Juiste waarde voor/), 'Zoë Müller-Ñúñez');
  await user.click(screen.getByRole('button', { name: 'Verder' }));
  await screen.findByRole('heading', { level: 1, name: 'Waarom klopt het niet?' });
  await user.type(screen.getByLabelText(/eigen woorden/), 'Mijn naam is <b>anders</b> gespeld 🙂');
  await user.click(screen.getByRole('button', { name: 'Verder' }));
  await screen.findByRole('heading', { level: 1, name: 'Heeft u bewijs?' });
  await user.click(screen.getByRole('button', { name: 'Verder' }));
  await screen.findByRole('heading', { level: 1, name: /laten beperken tijdens/ });
  await user.click(screen.getByLabelText(/^Nee, het gegeven mag/));
  await user.click(screen.getByRole('button', { name: 'Verder' }));
  await screen.findByRole('heading', { level: 1, name: 'Controleer uw antwoorden' });
}

describe('correction flow', { timeout: 30_000 }, () => {
  beforeEach(async () => {
    await signInAs(BSN);
  });

  it('offers "Klopt dit niet?" only where a correction can exist: not on the derived full name or the BAG\'s numbers (issue 19)', async () => {
    renderApp({ path: '/mijn-gegevens/persoonsgegevens' });
    await screen.findAllByRole('link', { name: /Klopt dit niet\?\s*\(Voornamen\)/ }, { timeout: 10_000 });
    expect(screen.queryAllByRole('link', { name: /Klopt dit niet\?\s*\(Volledige naam\)/ })).toHaveLength(0);
  });

  it('shows no "Klopt dit niet?" on the BAG identifiers, but does on the street', async () => {
    renderApp({ path: '/mijn-gegevens/adres' });
    await screen.findAllByRole('link', { name: /Klopt dit niet\?\s*\(Straat\)/ }, { timeout: 10_000 });
    const names = screen.getAllByRole('link', { name: /Klopt dit niet\?/ }).map((a) => a.textContent ?? '');
    expect(names.filter((n) => /BAG/.test(n))).toEqual([]);
  });

  it('a vehicle field carries its vehicle into the request: "Gegeven: <kenteken – merk>: <label>" (issue 19)', async () => {
    const view = renderApp({ path: '/mijn-gegevens/voertuigen' });
    const [section] = await screen.findAllByRole('heading', { level: 2, name: / – / }, { timeout: 10_000 });
    const region = section!.closest('section')!;
    const link = within(region).getAllByRole('link', { name: /Klopt dit niet\?/ })[0]!;
    const label = /\((.*)\)$/.exec(link.textContent ?? '')![1]!;
    await view.user.click(link);
    expect(
      await screen.findByText(`Gegeven: ${section!.textContent}: ${label}`, {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
  });

  it('a flow opened by a typed URL names the field in words, never by its code (issue 19)', async () => {
    renderApp({ path: '/correctie/brp/geboorte.plaats/wat' });
    await screen.findByRole('heading', { level: 1, name: 'Wat klopt er niet?' }, { timeout: 10_000 });
    expect(screen.getByText('Gegeven: Een gegeven bij Persoonsgegevens')).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/geboorte\.plaats/);
  });

  it('"Stoppen" keeps the answers for later or throws them away, by choice (issue 19)', async () => {
    const view = renderApp({ path: '/mijn-gegevens/persoonsgegevens' });
    sessionStorage.clear(); // drafts of earlier tests in this file
    const drafts = () => Object.keys(sessionStorage).filter((k) => k.startsWith('mg-correctie:'));
    const start = async () => {
      const [link] = await screen.findAllByRole(
        'link',
        { name: /Klopt dit niet\?\s*\(Voornamen\)/ },
        { timeout: 10_000 },
      );
      await view.user.click(link!);
      await screen.findByRole('heading', { level: 1, name: 'Wat klopt er niet?' }, { timeout: 10_000 });
    };
    await start();
    await view.user.click(screen.getByLabelText('Het gegeven is fout'));
    await view.user.click(screen.getByRole('button', { name: 'Verder' }));
    await screen.findByRole('heading', { level: 1, name: 'Wat is de juiste waarde?' });
    await view.user.click(screen.getByRole('button', { name: 'Stoppen' }));
    expect(screen.getByRole('heading', { name: 'Wilt u uw antwoorden bewaren?' })).toHaveFocus();
    await view.user.click(screen.getByRole('button', { name: 'Bewaren en stoppen' }));
    await waitFor(() => expect(view.router.state.location.pathname).toBe('/mijn-gegevens/persoonsgegevens'));
    expect(drafts()).toHaveLength(1);

    // Back later: the first step offers to carry on where the citizen was.
    await start();
    const note = screen.getByRole('note', { name: 'U was hier al mee bezig' });
    await view.user.click(within(note).getByRole('link', { name: 'Ga verder waar u was' }));
    await screen.findByRole('heading', { level: 1, name: 'Wat is de juiste waarde?' });

    await view.user.click(screen.getByRole('button', { name: 'Stoppen' }));
    await view.user.click(screen.getByRole('button', { name: 'Weggooien en stoppen' }));
    await waitFor(() => expect(view.router.state.location.pathname).toBe('/mijn-gegevens/persoonsgegevens'));
    expect(drafts()).toHaveLength(0);
    await start();
    expect(screen.queryByRole('note', { name: 'U was hier al mee bezig' })).toBeNull();
  });

  it('starts from "Klopt dit niet?" on the BRP page and files one zaak with the answers', async () => {
    const view = renderApp({ path: '/mijn-gegevens/persoonsgegevens' });
    const links = await screen.findAllByRole('link', { name: /Klopt dit niet\?\s*\(Voornamen\)/ }, { timeout: 10_000 });
    await view.user.click(links[0]!);
    await toCheckPage(view);
    // Shown as text, not markup.
    expect(screen.getByText('Mijn naam is <b>anders</b> gespeld 🙂')).toBeInTheDocument();
    expect(document.querySelector('main b')).toBeNull();
    await view.user.click(screen.getByRole('button', { name: 'Verzoek versturen' }));
    await screen.findByRole('heading', { level: 1, name: 'Verzoek verstuurd' }, { timeout: 10_000 });
    const zaken = zakenOfTest();
    expect(zaken).toHaveLength(1);
    expect(screen.getByText(zaken[0]!.identificatie)).toBeInTheDocument();
    expect(screen.getByText(/Gemeente Rotterdam/)).toBeInTheDocument();
    // BRP: four weeks from receipt (MOCK_TODAY 2026-11-28).
    // BRP: four weeks from receipt, Saturday 26 December (Boxing Day) → Monday 28 December; a first name
    // is civil status, so the municipality may extend (Wet GBA art. 82): only then does the page say so.
    expect(screen.getByText(/moet uiterlijk 28 december 2026 beslissen/)).toBeInTheDocument();
    expect(screen.getByText(/mag zij de termijn verlengen/)).toBeInTheDocument();
    expect(screen.queryByText(/U krijgt uiterlijk/)).toBeNull();
    expect(zaken[0]!.zaaktypeUuid).toBe(
      [...(await import('@mocks/data/zaken/catalogus')).listZaaktypen()].find(
        (z) => z.identificatie === 'CORRECTIE-BRP-STAAT-0599',
      )?.uuid,
    );
    const eigenschappen = [...store.eigenschappen.values()].filter((e) => e.zaakUuid === zaken[0]!.uuid);
    expect(Object.fromEntries(eigenschappen.map((e) => [e.naam, e.waarde]))).toMatchObject({
      registratie: 'brp',
      veld: 'naam.voornamen',
      voorgesteldeWaarde: 'Zoë Müller-Ñúñez',
      toelichting: 'Mijn naam is <b>anders</b> gespeld 🙂',
      beperkingGevraagd: 'nee',
    });
  });

  it('keeps the draft after a failed submit; the retry creates exactly one zaak', async () => {
    const view = renderApp({ path: '/mijn-gegevens/persoonsgegevens' });
    const links = await screen.findAllByRole('link', { name: /Klopt dit niet\?\s*\(Voornamen\)/ }, { timeout: 10_000 });
    await view.user.click(links[0]!);
    await toCheckPage(view);
    // The zaak is created, but the answer is lost on the way back (a network failure).
    let failed = false;
    server.use(
      http.post('*/api/zaken/api/v1/zaken', async ({ request }) => {
        if (failed) return undefined;
        failed = true;
        // Let the gateway create the zaak, then lose its answer.
        await fetch(request.clone());
        return HttpResponse.error();
      }),
    );
    await view.user.click(screen.getByRole('button', { name: 'Verzoek versturen' }));
    await screen.findByRole('heading', { name: 'Versturen is niet gelukt' });
    // Nothing lost: the answers are still on the page and in sessionStorage.
    expect(screen.getByText('Zoë Müller-Ñúñez')).toBeInTheDocument();
    expect(Object.keys(sessionStorage).some((k) => k.startsWith('mg-correctie:brp:naam.voornamen'))).toBe(true);
    await view.user.click(screen.getByRole('button', { name: 'Opnieuw versturen' }));
    await screen.findByRole('heading', { level: 1, name: 'Verzoek verstuurd' }, { timeout: 10_000 });
    await waitFor(() => expect(zakenOfTest()).toHaveLength(1));
  });

  it('lists own requests with status steps and a withdraw confirm step', async () => {
    const view = renderApp({ path: '/mijn-verzoeken' });
    // Each request names its field, not only its registry (issue 19).
    await screen.findByRole('link', { name: 'Verbeteren: Kleur (Voertuigen)' }, { timeout: 10_000 });
    expect(screen.getByRole('link', { name: 'Verbeteren: Aandeel (Huizen en grond)' })).toBeInTheDocument();
    expect(screen.getAllByText(/Te laat/).length).toBeGreaterThan(0);
    expect(screen.getAllByText('Afgewezen').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Toegekend').length).toBeGreaterThan(0);
    const overdue = [...store.zaken.values()].find((z) => z.creatorBsn === BSN && z.omschrijving.includes('Kleur'));
    await view.router.navigate(`/mijn-verzoeken/${overdue!.uuid}`);
    const steps = await screen.findByRole('list', { name: 'Voortgang van het verzoek' });
    expect(within(steps).getByLabelText('In behandeling: huidige stap')).toBeInTheDocument();
    expect(within(steps).getByLabelText('Ontvangen: klaar')).toBeInTheDocument();
    // Late: not only "Te laat", but what the citizen can do (Awb 4:17, 6:12, the AP).
    const late = screen.getByRole('note', { name: /De organisatie is te laat/ });
    expect(within(late).getByText(/ingebrekestelling/)).toBeInTheDocument();
    expect(within(late).getByText(/artikel 6:12/)).toBeInTheDocument();
    expect(within(late).getByRole('link', { name: /Autoriteit Persoonsgegevens/ })).toBeInTheDocument();
    // GDPR art. 18: the restriction the citizen asked for is a visible state, with its promise of notice.
    const beperking = await screen.findByRole('note', { name: 'Beperking van kracht' }, { timeout: 10_000 });
    expect(within(beperking).getByText(/Voordat RDW de beperking opheft/)).toBeInTheDocument();
    // GDPR art. 19: per holder, the organisations that got this kind of data, over the whole log.
    const art19 = screen.getByRole('region', { name: 'Wie hoort van de verbetering bij RDW' });
    expect(
      await within(art19).findByText(/in de 3 jaar die het logboek teruggaat/, {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(within(art19).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(within(art19).getByText(/die de wet geheim houdt/)).toBeInTheDocument();
    expect(within(art19).getByRole('link', { name: /Wie gebruikte mijn gegevens/ })).toHaveAttribute(
      'href',
      '/mijn-gegevens/gebruik?periode=alles&bron=rdw',
    );
    await view.user.click(screen.getByRole('button', { name: 'Verzoek intrekken' }));
    await view.user.click(screen.getByRole('button', { name: 'Ja, trek het verzoek in' }));
    await screen.findByText('U heeft dit verzoek ingetrokken.', {}, { timeout: 10_000 });
    // Withdrawn is not decided: the timeline ticks no decision (issue 19).
    const after = screen.getByRole('list', { name: 'Voortgang van het verzoek' });
    expect(within(after).queryByLabelText(/Besluit genomen/)).toBeNull();
    expect(within(after).getByLabelText('In behandeling: klaar')).toBeInTheDocument();
  });

  it('a granted request says what was registered and what is now, and lists the evidence sent (issue 19)', async () => {
    const view = renderApp({ path: '/mijn-verzoeken' });
    await screen.findByRole('link', { name: /Verbeteren: Datum behaald/ }, { timeout: 10_000 });
    const granted = [...store.zaken.values()].find((z) => z.creatorBsn === BSN && z.omschrijving.includes('diploma'));
    await view.router.navigate(`/mijn-verzoeken/${granted!.uuid}`);
    await screen.findByText('Was geregistreerd', {}, { timeout: 10_000 });
    expect(screen.getByText('Nieuwe waarde')).toBeInTheDocument();
    // Dates as people read them, not as stored.
    expect(screen.getByText('2 juli 2010')).toBeInTheDocument();
    expect(screen.queryByText('Nu geregistreerd')).toBeNull();
    expect(await screen.findByRole('region', { name: 'Documenten die u meestuurde' })).toBeInTheDocument();
    // Decided is done, not "current"; "Meer informatie nodig" never happened and is not listed.
    const steps = screen.getByRole('list', { name: 'Voortgang van het verzoek' });
    expect(within(steps).getByLabelText('Besluit genomen: klaar')).toBeInTheDocument();
    expect(within(steps).queryByLabelText(/Meer informatie nodig/)).toBeNull();
  });

  it('shows messages with an unread count and marks one read when opened', async () => {
    const view = renderApp({ path: '/berichten' });
    const status = await screen.findByText(/ongelezen bericht/, {}, { timeout: 10_000 });
    const count = () => Number(/(\d+)/.exec(screen.getByText(/ongelezen bericht/).textContent ?? '')?.[1]);
    const before = Number(/(\d+)/.exec(status.textContent ?? '')?.[1]);
    const unread = document.querySelectorAll('.mg-bericht--ongelezen').length;
    expect(unread).toBe(before);
    const buttons = within(screen.getByRole('main')).getAllByRole('button', { expanded: false });
    await view.user.click(buttons[0]!);
    const afterOpen = await waitFor(() => {
      const n = count();
      expect(n).toBeLessThanOrEqual(before);
      return n;
    });
    await view.user.click(await screen.findByRole('button', { name: 'Markeer als ongelezen' }));
    await waitFor(() => expect(count()).toBe(afterOpen + 1));
  });

  it("names a message's request as Mijn verzoeken does: our title by kind, and the field it is about (issue 19)", async () => {
    renderApp({ path: '/berichten' });
    await screen.findAllByRole('button', { name: /^Uw verzoek .* is ontvangen$/ }, { timeout: 10_000 });
    expect((await screen.findAllByText('Kleur', {}, { timeout: 10_000 })).length).toBeGreaterThan(0);
    // The holder's own name for the request type is not a second name for it.
    expect(screen.queryByText(/Verzoek tot correctie/)).toBeNull();
  });
});

describe('an address that does not exist as such', { timeout: 30_000 }, () => {
  beforeEach(async () => {
    await signInAs(BSN);
  });

  it('goes to the BRP and the BAG holder as two linked zaken, shown as one request', async () => {
    const view = renderApp({ path: '/mijn-gegevens/persoonsgegevens' });
    const { user } = view;
    await user.click(
      (await screen.findAllByRole('link', { name: /Klopt dit niet\?\s*\(Adres\)/ }, { timeout: 10_000 }))[0]!,
    );
    await user.click(await screen.findByLabelText(/Het adres zelf is fout/, {}, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    await user.type(await screen.findByRole('textbox', { name: 'Postcode' }), '3077AW');
    await user.type(screen.getByRole('textbox', { name: 'Huisnummer' }), '33');
    await user.click(screen.getByRole('button', { name: 'Adres zoeken' }));
    await user.click(await screen.findByLabelText(/Boterdiep 33/));
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    await user.type(await screen.findByLabelText(/eigen woorden/), 'Het huisnummer bestaat zo niet.');
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    await screen.findByRole('heading', { level: 1, name: 'Heeft u bewijs?' });
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    await user.click(await screen.findByLabelText(/^Nee, het gegeven mag/));
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    await screen.findByText(/Uw verzoek gaat naar 2 organisaties/);
    await user.click(screen.getByRole('button', { name: 'Verzoek versturen' }));
    await screen.findByRole('heading', { level: 1, name: 'Verzoek verstuurd' }, { timeout: 10_000 });
    const zaken = zakenOfTest();
    expect(zaken).toHaveLength(2);
    // Linked when the second one was created (a citizen cannot change a zaak afterwards);
    // Mijn verzoeken follows the link in either direction.
    const [first, second] = [...zaken].sort((a, b) => a.relevanteAndereZaken.length - b.relevanteAndereZaken.length);
    expect(first!.relevanteAndereZaken).toEqual([]);
    expect(second!.relevanteAndereZaken.map((r) => r.zaakUuid)).toEqual([first!.uuid]);
    for (const z of zaken) expect(screen.getByText(z.identificatie)).toBeInTheDocument();
    // One request in Mijn verzoeken, with a status per holder.
    await user.click(screen.getByRole('link', { name: 'Bekijk uw verzoek' }));
    await screen.findByText(/Dit verzoek ging naar 2 organisaties/, {}, { timeout: 10_000 });
    expect(screen.getAllByRole('list', { name: 'Voortgang van het verzoek' })).toHaveLength(2);
  });

  it('"Geen adres gevonden" is an error at the postcode and in the summary, which takes focus (issue 19)', async () => {
    const view = renderApp({ path: '/mijn-gegevens/persoonsgegevens' });
    const { user } = view;
    await user.click(
      (await screen.findAllByRole('link', { name: /Klopt dit niet\?\s*\(Adres\)/ }, { timeout: 10_000 }))[0]!,
    );
    await user.click(await screen.findByLabelText('Het gegeven is fout', {}, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    await user.type(await screen.findByRole('textbox', { name: 'Postcode' }), '3077AW');
    await user.type(screen.getByRole('textbox', { name: 'Huisnummer' }), '97');
    await user.click(screen.getByRole('button', { name: 'Adres zoeken' }));
    const summary = await screen.findByRole('alert', { name: 'Er is een probleem' }, { timeout: 10_000 });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole('link', { name: /Geen adres gevonden/ })).toHaveAttribute('href', '#postcode');
    const postcode = screen.getByRole('textbox', { name: 'Postcode' });
    expect(postcode).toHaveAttribute('aria-invalid', 'true');
    expect(postcode).toHaveAccessibleDescription(/Geen adres gevonden/);
  });
});
