import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation, useNavigate, useNavigationType } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useLogFilters } from './use-log-filters';

function setup(...entries: string[]) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MemoryRouter initialEntries={entries} initialIndex={entries.length - 1}>
      {children}
    </MemoryRouter>
  );
  return renderHook(
    () => ({ ...useLogFilters(), location: useLocation(), navigate: useNavigate(), type: useNavigationType() }),
    { wrapper },
  );
}
const query = (search: string) => Object.fromEntries(new URLSearchParams(search));

describe('useLogFilters: the log page state lives in the URL', () => {
  it('reads the filters, the search text and the page from the URL; nonsense falls back', () => {
    const { result } = setup('/log?organisatie=00000001369&wie=mens&zoek=auto&pagina=3&sort=-bron');
    expect(result.current.filters).toMatchObject({
      organisation: '00000001369',
      human: true,
      q: 'auto',
      sort: { key: 'bron', desc: true },
    });
    expect(result.current.search).toBe('auto');
    expect(result.current.requestedPage).toBe(3);
    expect(result.current.active).toBe(true);

    const plain = setup('/log?pagina=drie&bron=onbekend');
    expect(plain.result.current.requestedPage).toBe(1);
    expect(plain.result.current.filters.source).toBeUndefined();
    expect(plain.result.current.active).toBe(false);
  });

  it('writes a change into the URL in place (no history entry) and starts again at page 1', () => {
    const { result } = setup('/log?periode=3m&pagina=4');
    act(() => result.current.update({ source: 'rdw' }));
    expect(query(result.current.location.search)).toEqual({ periode: '3m', bron: 'rdw' });
    expect(result.current.type).toBe('REPLACE');
    expect(result.current.requestedPage).toBe(1);
  });

  it('lets the search box answer at once and the URL follow', async () => {
    const { result } = setup('/log');
    act(() => result.current.setSearch('belasting'));
    expect(result.current.search).toBe('belasting');
    await waitFor(() => expect(query(result.current.location.search)).toEqual({ zoek: 'belasting' }));
    expect(result.current.active).toBe(true);
  });

  it('clears what the citizen filtered on, but keeps the period and the order', () => {
    const { result } = setup('/log?periode=alles&sort=organisatie&organisatie=x&doel=y&soort=adhoc&zoek=z');
    act(() => result.current.clear());
    expect(query(result.current.location.search)).toEqual({ periode: 'alles', sort: 'organisatie' });
    expect(result.current.search).toBe('');
  });

  it('follows Back to an earlier search text', () => {
    const { result } = setup('/log?zoek=eerst', '/log?zoek=daarna');
    expect(result.current.search).toBe('daarna');
    act(() => void result.current.navigate(-1));
    expect(result.current.type).toBe('POP');
    expect(result.current.search).toBe('eerst');
  });

  it('links pages with every other parameter kept, page 1 without a number', () => {
    const { result } = setup('/log?bron=brp&pagina=2');
    expect(result.current.hrefOf(5)).toBe('?bron=brp&pagina=5');
    expect(result.current.hrefOf(1)).toBe('?bron=brp');
    expect(setup('/log?pagina=2').result.current.hrefOf(1)).toBe('?');
    act(() => result.current.goToPage(7));
    expect(query(result.current.location.search)).toEqual({ bron: 'brp', pagina: '7' });
  });
});
