import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp, renderShellFrame, signInAs } from '../../tests/utils/render';

/**
 * Issue 16, counts not times: a page behind sign-in puts its shell (and, where its texts are
 * bundled, its title and lead) on screen before any of its own code is asked for, and asks for
 * that code once the shell is there.
 */
describe('the shell comes first', () => {
  it('holds the code of a page until the shell has been painted, then lets it load', async () => {
    vi.resetModules();
    const { lazyPage } = await import('./router');
    const { markShellPainted } = await import('./shell-painted');
    let loads = 0;
    const Lazy = lazyPage(async () => {
      loads += 1;
      return { default: () => <p>page</p> };
    });
    render(
      <Suspense fallback={<p>frame</p>}>
        <Lazy />
      </Suspense>,
    );
    expect(screen.getByText('frame')).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(loads).toBe(0);
    markShellPainted();
    expect(await screen.findByText('page')).toBeInTheDocument();
    expect(loads).toBe(1);
  });

  it('draws the nested pages of a chunk that is in at once, without the fallback (and its 300 ms throttle)', async () => {
    vi.resetModules();
    const { chunkPages, lazyPage } = await import('./router');
    const { markShellPainted } = await import('./shell-painted');
    markShellPainted();
    const chunk = { Outer: () => <p>outer</p>, Inner: () => <p>inner</p> };
    const page = chunkPages(async () => chunk);
    const Outer = page((m) => m.Outer);
    const Inner = page((m) => m.Inner);
    render(
      <Suspense fallback={<p>loading outer</p>}>
        <Outer />
      </Suspense>,
    );
    // The first page loads the chunk (the fallback shows meanwhile) ...
    expect(await screen.findByText('outer')).toBeInTheDocument();
    // ... the next one from it is drawn in its first commit: no fallback in between.
    render(
      <Suspense fallback={<p>loading inner</p>}>
        <Inner />
      </Suspense>,
    );
    expect(screen.getByText('inner')).toBeInTheDocument();
    expect(screen.queryByText('loading inner')).toBeNull();
    // Where React.lazy alone suspends once more, code loaded or not.
    const Plain = lazyPage(async () => ({ default: chunk.Inner }));
    render(
      <Suspense fallback={<p>plain fallback</p>}>
        <Plain />
      </Suspense>,
    );
    expect(screen.getByText('plain fallback')).toBeInTheDocument();
  });

  it.each([
    ['nl', 'Overzicht van uw gegevens', /Dit zijn de gegevens die de overheid/],
    ['en', 'Overview of your data', /This is the data/i],
  ] as const)(
    'draws the overview title and lead in the shell (%s), and the page keeps them',
    async (lang, title, lead) => {
      // The frame alone (the layout's fallback while the page's code loads): title, lead, loading.
      const shell = await renderShellFrame('/mijn-gegevens', lang);
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

  it.each([
    ['nl', 'Persoonsgegevens', /Dit staat er over u in de Basisregistratie Personen/],
    ['en', 'Personal data', /This is what the Personal Records Database \(BRP\)/],
  ] as const)(
    'draws the persoonsgegevens frame once its texts and the session are in (%s)',
    async (lang, title, lead) => {
      await signInAs('999993653');
      await renderShellFrame('/mijn-gegevens/persoonsgegevens', lang);
      // Until then: the loading state only, never a lead that might be about someone else.
      expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
      expect(await screen.findByRole('heading', { level: 1, name: title })).toBeVisible();
      expect(screen.getByText(lead)).toHaveClass('utrecht-paragraph--lead');
    },
  );

  it.each([
    ['nl', 'Wie gebruikte mijn gegevens', 'Niet alles staat in deze lijst'],
    ['en', 'Who used my data', 'Not everything is in this list'],
  ] as const)('draws the log frame with its notes once its texts are in (%s)', async (lang, title, notes) => {
    await renderShellFrame('/mijn-gegevens/gebruik', lang);
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeVisible();
    expect(screen.getByRole('note')).toHaveTextContent(notes);
    expect(screen.getAllByRole('status').length).toBeGreaterThan(0);
  });

  it.each([
    ['nl', 'Voertuigen', 'Kentekenregister (Basisregistratie Voertuigen)', /De RDW houdt bij welke auto's/],
    ['en', 'Vehicles', 'Vehicle register (Basisregistratie Voertuigen)', /The RDW records which cars/],
  ] as const)(
    "draws a registry's frame once its texts are in (%s), and the page keeps its top",
    async (lang, title, lead, description) => {
      const shell = await renderShellFrame('/mijn-gegevens/voertuigen', lang);
      expect(await screen.findByRole('heading', { level: 1, name: title })).toBeVisible();
      expect(screen.getByText(lead)).toHaveClass('utrecht-paragraph--lead');
      expect(screen.getByText(description)).toBeVisible();
      expect(screen.getAllByRole('status').length).toBeGreaterThan(0);
      shell.unmount();

      await signInAs('999993653');
      renderApp({ path: '/mijn-gegevens/voertuigen', lang });
      expect(await screen.findByRole('heading', { level: 1, name: title })).toBeVisible();
      expect(await screen.findByRole('heading', { level: 2 })).toBeVisible();
      expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
      expect(screen.getAllByText(lead)).toHaveLength(1);
      expect(screen.getAllByText(description)).toHaveLength(1);
    },
  );

  it('has no registry frame for a path that is not a registry', async () => {
    await renderShellFrame('/mijn-gegevens/bestaat-niet', 'nl');
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    expect(screen.getAllByRole('status').length).toBeGreaterThan(0);
  });
});
