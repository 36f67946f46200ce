import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { storageKey } from '@/features/correcties/model/field';
import { renderApp, renderShellFrame, signInAs } from '../../tests/utils/render';

/**
 * Issue 16 (helper 16d): the shell draws the correction flow's first step before the flow's
 * code. These cases were out of the suite for most of 3 December: in some clean-clone CI runs the
 * first of them found the frame in its loading state for good. First suspected: the frame's
 * module-level promise of the flow's start module (it now asks per frame), then a slow cold load
 * (a 60 s wait failed too). The cause was a draft another file left in sessionStorage; the
 * component setup (tests/setup/dom.ts) now empties storage before every case.
 */
describe("the correction flow's first step", () => {
  /** The top of the step as drawn: caption, heading, back link, field box (the page adds its form below). */
  const top = (container: HTMLElement) =>
    ['.mg-page-caption', 'h1', '.mg-back-link', '.mg-correctie-veld'].map(
      (selector) => container.querySelector(selector)?.outerHTML.replace(/ tabindex="-1"/, '') ?? `no ${selector}`,
    );

  it.each([
    ['nl', 'Stap 1 van 6', 'Wat klopt er niet?', 'Terug naar uw gegevens', 'Gegeven: Een gegeven bij Persoonsgegevens'],
    ['en', 'Step 1 of 6', 'What is wrong?', 'Back to your data', 'Item: An item in Personal data'],
  ] as const)(
    'draws the top of a request opened by a typed URL once its texts are in (%s), and the step keeps it',
    async (lang, caption, title, back, label) => {
      const path = '/correctie/brp/naam.voornamen/wat';
      const shell = await renderShellFrame(path, lang);
      expect(await screen.findByRole('heading', { level: 1, name: title }, { timeout: 15_000 })).toBeVisible();
      expect(screen.getByText(caption)).toHaveClass('mg-page-caption');
      expect(screen.getByRole('link', { name: back })).toHaveAttribute('href', '/mijn-gegevens/persoonsgegevens');
      expect(screen.getByText(label)).toHaveClass('mg-correctie-veld__label');
      expect(screen.getAllByRole('status').length).toBeGreaterThan(0);
      const framed = top(shell.container);
      shell.unmount();

      // The step itself draws the same elements with the same texts, once.
      await signInAs('999993653');
      const page = renderApp({ path, lang });
      await screen.findByRole('heading', { level: 1, name: title }, { timeout: 15_000 });
      expect(await screen.findAllByRole('radio')).not.toHaveLength(0);
      expect(top(page.container)).toEqual(framed);
      expect(screen.getAllByText(label)).toHaveLength(1);
    },
    40_000,
  );

  it('draws the field at once when the frame is mounted again (the session guard hands it on)', async () => {
    const path = '/correctie/brp/naam.voornamen/wat';
    const first = await renderShellFrame(path, 'nl');
    await screen.findByText('Gegeven: Een gegeven bij Persoonsgegevens');
    first.unmount();
    // In the first commit, not after a loading state: a box that blinks out is a visible change.
    const again = await renderShellFrame(path, 'nl');
    expect(again.container.querySelector('.mg-correctie-veld__label')).toHaveTextContent(
      'Gegeven: Een gegeven bij Persoonsgegevens',
    );
  });

  it("names the field as the link handed it over, with its value and the way back to the routes' page", async () => {
    await renderShellFrame(
      {
        pathname: '/correctie/bri/inkomen.2025/wat',
        state: { label: 'Inkomen 2025', value: '€ 40.000', onderwerp: 'Werkgever B.V.', remedy: { kind: 42 } },
      },
      'nl',
    );
    expect(await screen.findByText('Gegeven: Werkgever B.V.: Inkomen 2025')).toBeVisible();
    expect(screen.getByText('Nu geregistreerd: € 40.000')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Terug' })).toHaveAttribute('href', '/correctie/bri/inkomen.2025/route');
  });

  it('draws no field when something is kept for it: only the flow can tell whose and which it is', async () => {
    sessionStorage.setItem(storageKey('brp', 'naam.voornamen'), '{"label":"Voornamen van iemand anders"}');
    await renderShellFrame({ pathname: '/correctie/brp/naam.voornamen/wat', state: { label: 'Voornamen' } }, 'nl');
    // Given time to load its texts: it still shows only the loading state.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    expect(document.querySelector('.mg-correctie-veld')).toBeNull();
    expect(screen.getAllByRole('status').length).toBeGreaterThan(0);
  });

  it.each([
    '/correctie/brp/naam.voornamen/waarde',
    '/correctie/onbekend/naam.voornamen/wat',
    '/correctie/brp/naam.voornamen',
  ])(
    'draws no field for %s (a later step, an unknown registry, no step: the flow sends these elsewhere)',
    async (path) => {
      await renderShellFrame(path, 'nl');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
      expect(document.querySelector('.mg-correctie-veld')).toBeNull();
    },
  );
});
