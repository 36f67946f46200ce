import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp, signInAs } from '../../../../../tests/utils/render';
import { loadDraft } from '../../model/draft';

/**
 * The correct value of a date field is typed as day, month and year (issue 18; the browser's
 * date picker spoke the browser's language and showed mm/dd/yyyy on a Dutch page). The holder
 * still gets ISO yyyy-mm-dd.
 */
describe('a date in the correction flow', { timeout: 30_000 }, () => {
  beforeEach(async () => {
    // Each test starts a new request: no draft kept from the one before.
    sessionStorage.clear();
    await signInAs('999993653');
  });

  async function toDateStep(lang: 'nl' | 'en') {
    const view = renderApp({ path: '/mijn-gegevens/persoonsgegevens', lang });
    const name = lang === 'nl' ? /Klopt dit niet\?\s*\(Geboortedatum\)/ : /Is this wrong\?\s*\(Date of birth\)/;
    const links = await screen.findAllByRole('link', { name }, { timeout: 10_000 });
    await view.user.click(links[0]!);
    await view.user.click(await screen.findByLabelText(lang === 'nl' ? 'Het gegeven is fout' : /is wrong/));
    await view.user.click(screen.getByRole('button', { name: lang === 'nl' ? 'Verder' : 'Continue' }));
    return view;
  }

  it('asks day, month and year; a date that does not exist is a clear error and keeps the input', async () => {
    const { user } = await toDateStep('nl');
    const group = await screen.findByRole('group', { name: 'Juiste waarde voor: Geboortedatum' }, { timeout: 10_000 });
    expect(document.querySelector('input[type="date"]')).toBeNull();
    const dag = within(group).getByLabelText('Dag');
    const maand = within(group).getByLabelText('Maand');
    const jaar = within(group).getByLabelText('Jaar');

    await user.click(screen.getByRole('button', { name: 'Verder' }));
    expect(await screen.findByRole('link', { name: 'Vul de juiste datum in' }, { timeout: 10_000 })).toHaveAttribute(
      'href',
      '#nieuweWaarde',
    );

    await user.type(dag, '31');
    await user.type(maand, '4');
    await user.type(jaar, '1985');
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    const link = await screen.findByRole('link', { name: /Deze datum bestaat niet/ }, { timeout: 10_000 });
    const summary = screen.getByRole('alert');
    expect(summary).toContainElement(link);
    await waitFor(() => expect(summary).toHaveFocus(), { timeout: 10_000 });
    expect(within(group).getByText(/Deze datum bestaat niet/)).toBeInTheDocument();
    expect([dag, maand, jaar].map((box) => (box as HTMLInputElement).value)).toEqual(['31', '4', '1985']);
    expect(screen.getByRole('heading', { level: 1, name: 'Wat is de juiste waarde?' })).toBeInTheDocument();

    await user.clear(dag);
    await user.type(dag, '30');
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    await screen.findByRole('heading', { level: 1, name: 'Waarom klopt het niet?' }, { timeout: 10_000 });
    // The holder gets the date as ISO, as before.
    expect(loadDraft('brp', 'geboorte.datum')?.nieuweWaarde).toBe('1985-04-30');

    // Back: the answer is in the boxes again.
    await user.click(screen.getByRole('link', { name: 'Terug' }));
    const again = await screen.findByRole('group', { name: 'Juiste waarde voor: Geboortedatum' }, { timeout: 10_000 });
    expect(within(again).getByLabelText('Dag')).toHaveValue('30');
    expect(within(again).getByLabelText('Maand')).toHaveValue('4');
    expect(within(again).getByLabelText('Jaar')).toHaveValue('1985');
  });

  it('says which box to fill in, in English too', async () => {
    const { user } = await toDateStep('en');
    const group = await screen.findByRole('group', { name: /Correct value for/ }, { timeout: 10_000 });
    await user.type(within(group).getByLabelText('Day'), '2');
    await user.type(within(group).getByLabelText('Year'), '1985');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('link', { name: 'Enter a month' }, { timeout: 10_000 })).toHaveAttribute(
      'href',
      '#nieuweWaarde-maand',
    );
    expect(within(group).getByLabelText('Month')).toHaveAttribute('aria-invalid', 'true');
    expect(within(group).getByLabelText('Day')).toHaveValue('2');
  });
});
