import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp, signInAs } from '../../../../tests/utils/render';

/**
 * "Klopt dit niet?" offers the route the law gives for that kind of data (src/lib/remedies.ts):
 * the WOZ value is a decision (bezwaar, with its last day), income follows its source.
 */
describe('the right remedy per kind of data', { timeout: 30_000 }, () => {
  beforeEach(async () => {
    await signInAs('999993653');
  });

  it('a WOZ value offers bezwaar at the municipality with a last day, and a correction of object facts', async () => {
    const view = renderApp({ path: '/mijn-gegevens/woz-waarde' });
    const { user } = view;
    const links = await screen.findAllByRole('link', { name: /Klopt dit niet\?.*WOZ-waarden/ }, { timeout: 10_000 });
    await user.click(links[0]!);
    await screen.findByRole('heading', { level: 1, name: 'Wat kunt u doen?' });
    expect(screen.getByText(/De WOZ-waarde is een besluit van de gemeente/)).toBeInTheDocument();
    const bezwaar = screen.getByRole('region', { name: 'Bezwaar maken tegen de WOZ-waarde' });
    expect(await within(bezwaar).findByText('Gemeente Rotterdam', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(within(bezwaar).getByText(/artikel 6:7 en 6:8/)).toBeInTheDocument();
    expect(within(bezwaar).getByText('Dit kunt u niet via Mijn Gegevens doen.')).toBeInTheDocument();

    // Bad input first: a clear error, nothing lost.
    await user.click(within(bezwaar).getByRole('button', { name: 'Laatste dag berekenen' }));
    expect(await screen.findAllByText('Vul de datum in die op het besluit staat')).not.toHaveLength(0);
    await user.type(within(bezwaar).getByLabelText('Welke datum staat op het besluit?'), '2026-12-30');
    await user.click(within(bezwaar).getByRole('button', { name: 'Laatste dag berekenen' }));
    expect(await screen.findAllByText(/Deze datum ligt in de toekomst/)).not.toHaveLength(0);

    // Dated Friday 27 November 2026: six weeks from the day after is Friday 8 January 2027.
    const input = within(bezwaar).getByLabelText('Welke datum staat op het besluit?');
    await user.clear(input);
    await user.type(input, '2026-11-27');
    await user.click(within(bezwaar).getByRole('button', { name: 'Laatste dag berekenen' }));
    expect(
      await within(bezwaar).findByText('Uw bezwaar moet uiterlijk op vrijdag 8 januari 2027 binnen zijn.'),
    ).toBeInTheDocument();
    // Dated Monday 23 February 2026: the last day would be Easter Monday, so Tuesday 7 April; that has passed.
    await user.clear(input);
    await user.type(input, '2026-02-23');
    await user.click(within(bezwaar).getByRole('button', { name: 'Laatste dag berekenen' }));
    expect(await within(bezwaar).findByText(/liep tot en met dinsdag 7 april 2026/)).toBeInTheDocument();

    const correctie = screen.getByRole('region', { name: 'Een gegeven over uw woning laten verbeteren' });
    expect(within(correctie).getByText(/binnen 1 maand beslissen/)).toBeInTheDocument();
    await user.click(within(correctie).getByRole('link', { name: 'Vraag om verbetering' }));
    await screen.findByRole('heading', { level: 1, name: 'Wat klopt er niet?' });
    // And back to the routes.
    await user.click(screen.getByRole('link', { name: 'Terug' }));
    await screen.findByRole('heading', { level: 1, name: 'Wat kunt u doen?' });
  });

  it('an income row says where the figure comes from and offers that route', async () => {
    const view = renderApp({ path: '/mijn-gegevens/inkomen' });
    const links = await screen.findAllByRole(
      'link',
      { name: /Klopt dit niet\?.*Verzamelinkomen per jaar/ },
      { timeout: 10_000 },
    );
    await view.user.click(links[0]!);
    await screen.findByRole('heading', { level: 1, name: 'Wat kunt u doen?' });
    // Every income source has its own route; whichever this year has, the page names it.
    const text = screen.getByRole('main').textContent ?? '';
    expect(text).toMatch(
      /Dit inkomen komt uit (uw aanslag inkomstenbelasting|wat uw werkgever of uitkeringsinstantie|uw eigen aangifte)/,
    );
    expect(screen.getAllByRole('region').length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'Vraag om verbetering' })).toBeInTheDocument();
  });

  it('a BRP fact goes straight to the correction request (one route: the municipality)', async () => {
    const view = renderApp({ path: '/mijn-gegevens/persoonsgegevens' });
    const links = await screen.findAllByRole('link', { name: /Klopt dit niet\?\s*\(Voornamen\)/ }, { timeout: 10_000 });
    await view.user.click(links[0]!);
    await screen.findByRole('heading', { level: 1, name: 'Wat klopt er niet?' }, { timeout: 10_000 });
  });
});
