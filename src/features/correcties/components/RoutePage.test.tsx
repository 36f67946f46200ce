import { screen, waitFor, within } from '@testing-library/react';
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
    await screen.findByRole('heading', { level: 1, name: 'Wat kunt u doen?' }, { timeout: 10_000 });
    expect(screen.getByText(/De WOZ-waarde is een besluit van de gemeente/)).toBeInTheDocument();
    const bezwaar = screen.getByRole('region', { name: 'Bezwaar maken tegen de WOZ-waarde' });
    expect(await within(bezwaar).findByText('Gemeente Rotterdam', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(within(bezwaar).getByText(/artikel 6:7 en 6:8/)).toBeInTheDocument();
    expect(within(bezwaar).getByText('Dit kunt u niet via Mijn Gegevens doen.')).toBeInTheDocument();

    // The date as day, month and year in boxes (not the browser's date picker), named by the question.
    const datum = within(bezwaar).getByRole('group', { name: 'Welke datum staat op het besluit?' });
    expect(datum).toHaveAccessibleDescription(/Die staat bovenaan de brief\..*Bijvoorbeeld 15 3 2026/);
    expect(bezwaar.querySelector('input[type="date"]')).toBeNull();
    const dag = within(datum).getByLabelText('Dag');
    const maand = within(datum).getByLabelText('Maand');
    const jaar = within(datum).getByLabelText('Jaar');
    const bereken = within(bezwaar).getByRole('button', { name: 'Laatste dag berekenen' });
    const typeDate = async (d: string, m: string, y: string) => {
      for (const [box, value] of [
        [dag, d],
        [maand, m],
        [jaar, y],
      ] as const) {
        await user.clear(box);
        if (value) await user.type(box, value);
      }
      await user.click(bereken);
    };

    // Bad input first: a clear error at the box to fix, in the summary (which takes focus), nothing lost.
    await user.click(bereken);
    expect(
      await screen.findAllByText('Vul de datum in die op het besluit staat', {}, { timeout: 10_000 }),
    ).not.toHaveLength(0);
    await typeDate('27', '', '2026');
    const summary = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(within(summary).getByRole('link', { name: 'Vul een maand in' })).toHaveAttribute(
      'href',
      '#bezwaar-datum-maand',
    );
    await waitFor(() => expect(summary).toHaveFocus(), { timeout: 10_000 });
    expect(maand).toHaveAttribute('aria-invalid', 'true');
    expect(dag).not.toHaveAttribute('aria-invalid');
    expect(dag).toHaveValue('27');
    expect(jaar).toHaveValue('2026');
    await typeDate('31', '11', '2026');
    expect(
      await screen.findByRole('link', { name: /Deze datum bestaat niet/ }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('alert')).toHaveFocus(), { timeout: 10_000 });
    expect([dag, maand, jaar].map((box) => (box as HTMLInputElement).value)).toEqual(['31', '11', '2026']);
    await typeDate('30', '12', '2026');
    expect(await screen.findAllByText(/Deze datum ligt in de toekomst/, {}, { timeout: 10_000 })).not.toHaveLength(0);

    // Dated Friday 27 November 2026: six weeks from the day after is Friday 8 January 2027.
    await typeDate('27', '11', '2026');
    expect(
      await within(bezwaar).findByText('Uw bezwaar moet uiterlijk op vrijdag 8 januari 2027 binnen zijn.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    // Dated Monday 23 February 2026: the last day would be Easter Monday, so Tuesday 7 April; that has passed.
    await typeDate('23', '2', '2026');
    expect(await within(bezwaar).findByText(/liep tot en met dinsdag 7 april 2026/)).toBeInTheDocument();

    const correctie = screen.getByRole('region', { name: 'Een gegeven over uw woning laten verbeteren' });
    expect(within(correctie).getByText(/binnen 1 maand beslissen/)).toBeInTheDocument();
    await user.click(within(correctie).getByRole('link', { name: 'Vraag om verbetering' }));
    await screen.findByRole('heading', { level: 1, name: 'Wat klopt er niet?' }, { timeout: 10_000 });
    // And back to the routes.
    await user.click(screen.getByRole('link', { name: 'Terug' }));
    await screen.findByRole('heading', { level: 1, name: 'Wat kunt u doen?' }, { timeout: 10_000 });
  });

  it('an income row says where the figure comes from and offers that route', async () => {
    const view = renderApp({ path: '/mijn-gegevens/inkomen' });
    const links = await screen.findAllByRole(
      'link',
      { name: /Klopt dit niet\?.*Verzamelinkomen per jaar/ },
      { timeout: 10_000 },
    );
    await view.user.click(links[0]!);
    await screen.findByRole('heading', { level: 1, name: 'Wat kunt u doen?' }, { timeout: 10_000 });
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
