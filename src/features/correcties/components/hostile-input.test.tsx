import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp, signInAs } from '../../../../tests/utils/render';
import { newDraft, saveDraft, storageKey, type Draft } from '../model/draft';

/**
 * Hostile input, through the UI: HTML and script in every text field, 10,000 characters,
 * bidi overrides, emoji, a renamed .exe, an 11 MB file and an empty one. Each gets a clear
 * message at the field or is kept as plain text; nothing runs; the draft stays.
 */

const SCRIPT = '<script>window.__pwned = true</script>';
const IMG = '<img src=x onerror="window.__pwned = true">';
const HTML = '<b>vet</b> & <i>schuin</i>';
const LONG = 'a'.repeat(10_000);
const RLO = 'Jansen\u202Enesnaj';
const ISOLATE = '\u2067Jansen\u2069';
const EMOJI = 'Zoë 👩‍👩‍👧 🙂';

type Case = { field: 'nieuweWaarde' | 'toelichting' | 'postcode' | 'huisnummer'; input: string; error?: RegExp };

const textCases: Case[] = [];
for (const field of ['nieuweWaarde', 'toelichting'] as const) {
  const tooLong = field === 'nieuweWaarde' ? /maximaal 1000 tekens/ : /maximaal 4000 tekens/;
  textCases.push(
    { field, input: SCRIPT },
    { field, input: IMG },
    { field, input: HTML },
    { field, input: LONG, error: tooLong },
    { field, input: RLO, error: /onzichtbare tekens/ },
    { field, input: ISOLATE, error: /onzichtbare tekens/ },
    // Issue 17: zero-width space and line separator, refused like the gateway refuses them.
    { field, input: 'Jan\u200Bsen', error: /onzichtbare tekens/ },
    { field, input: 'regel\u2028regel', error: /onzichtbare tekens/ },
    { field, input: EMOJI },
    { field, input: '   ', error: field === 'nieuweWaarde' ? /Vul de juiste waarde in/ : /Leg uit wat er niet klopt/ },
  );
}
for (const field of ['postcode', 'huisnummer'] as const) {
  const invalid = field === 'postcode' ? /postcode in zoals 1234 AB/ : /alleen cijfers/;
  for (const input of [SCRIPT, IMG, HTML, LONG, RLO, EMOJI]) textCases.push({ field, input, error: invalid });
}

const BSN = '999993653';

function seed(registry: 'brp' | 'rdw', veld: string, patch: Partial<Draft> = {}): Draft {
  const draft = {
    ...newDraft(registry, veld, 'Veld', 'oud'),
    wat: 'onjuist' as const,
    nieuweWaarde: 'nieuw',
    ...patch,
  };
  saveDraft(draft);
  return draft;
}

function stepPath(field: Case['field']): { path: string; draft: Draft } {
  if (field === 'postcode' || field === 'huisnummer') {
    const draft = seed('brp', 'verblijfplaats.adres', { nieuweWaarde: undefined });
    return { path: '/correctie/brp/verblijfplaats.adres/waarde', draft };
  }
  if (field === 'nieuweWaarde') {
    const draft = seed('rdw', 'voertuigen.kleur', { nieuweWaarde: undefined });
    return { path: '/correctie/rdw/voertuigen.kleur/waarde', draft };
  }
  const draft = seed('rdw', 'voertuigen.kleur');
  return { path: '/correctie/rdw/voertuigen.kleur/toelichting', draft };
}

describe('hostile input in the correction flow', { timeout: 30_000 }, () => {
  beforeEach(async () => {
    await signInAs(BSN);
    delete (window as { __pwned?: boolean }).__pwned;
  });

  it.each(textCases.map((c, i) => [i + 1, c.field, c.input.slice(0, 24), c] as const))(
    '#%i %s: %j',
    async (_n, _f, _s, c) => {
      const { path, draft } = stepPath(c.field);
      const view = renderApp({ path });
      const input = await screen.findByRole('textbox', { name: labelOf(c.field) }, { timeout: 10_000 });
      fireEvent.change(input, { target: { value: c.input } });
      if (c.field === 'huisnummer')
        fireEvent.change(screen.getByRole('textbox', { name: 'Postcode' }), { target: { value: '3077 AW' } });
      if (c.field === 'postcode')
        fireEvent.change(screen.getByRole('textbox', { name: 'Huisnummer' }), { target: { value: '31' } });
      await view.user.click(
        screen.getByRole('button', {
          name: c.field === 'postcode' || c.field === 'huisnummer' ? 'Adres zoeken' : 'Verder',
        }),
      );
      if (c.error) {
        // The message at the field (and in the summary), linked to the input.
        const message = await screen.findByText(c.error, { selector: `#${c.field}-error` });
        expect(input).toHaveAttribute('aria-invalid', 'true');
        expect(input.getAttribute('aria-describedby')).toContain(message.id);
        expect(screen.getByRole('alert')).toHaveTextContent(c.error);
      } else {
        // Accepted as text: the next step, and on the check page the text shows as text.
        await waitFor(() => expect(view.router.state.location.pathname).not.toBe(path));
        await view.router.navigate(`/correctie/rdw/voertuigen.kleur/controleren`);
        if (c.field === 'toelichting' || c.field === 'nieuweWaarde') {
          // (toelichting needs beperking before the check page; the redirect goes to bewijs then)
        }
      }
      expect(document.querySelectorAll('main script, main img, main b, main i')).toHaveLength(0);
      expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
      // The draft is still there.
      expect(sessionStorage.getItem(storageKey(draft.registry, draft.veld))).not.toBeNull();
    },
  );

  it('shows accepted HTML on the check page as text', async () => {
    seed('rdw', 'voertuigen.kleur', { nieuweWaarde: IMG, toelichting: `${SCRIPT} ${HTML} ${EMOJI}`, beperking: 'nee' });
    renderApp({ path: '/correctie/rdw/voertuigen.kleur/controleren' });
    await screen.findByRole('heading', { level: 1, name: 'Controleer uw antwoorden' }, { timeout: 10_000 });
    expect(screen.getByText(IMG)).toBeInTheDocument();
    expect(screen.getByText(`${SCRIPT} ${HTML} ${EMOJI}`)).toBeInTheDocument();
    expect(document.querySelectorAll('main script, main img, main b, main i')).toHaveLength(0);
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
  });

  const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
  // The gateway reads the whole file (mocks/gateway/upload.ts); the page says why it refuses.
  const truncatedPdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a]);
  const scriptPdf = new TextEncoder().encode(
    '%PDF-1.7\n1 0 obj <</Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\ntrailer <<>>\n%%EOF\n',
  );
  const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]);
  const fileCases: Array<[string, () => File, RegExp | null]> = [
    [
      'a renamed .exe as .pdf',
      () => new File([exe], 'bewijs.pdf', { type: 'application/pdf' }),
      /is geen PDF, JPEG of PNG/,
    ],
    [
      'an 11 MB file',
      () => new File([pdf, new Uint8Array(11 * 1024 * 1024)], 'groot.pdf', { type: 'application/pdf' }),
      /groter dan 10 MB/,
    ],
    ['an empty file', () => new File([], 'leeg.pdf', { type: 'application/pdf' }), /is leeg/],
    [
      'a file name with HTML',
      () => new File([exe], '<img src=x onerror="window.__pwned=true">.pdf', { type: 'application/pdf' }),
      /is geen PDF/,
    ],
    [
      'a PDF cut off half-way',
      () => new File([truncatedPdf], 'half.pdf', { type: 'application/pdf' }),
      /is beschadigd/,
    ],
    [
      'a PDF that runs JavaScript when opened',
      () => new File([scriptPdf], 'script.pdf', { type: 'application/pdf' }),
      /vanzelf iets kunnen doen/,
    ],
    ['a real PDF', () => new File([pdf], 'akte.pdf', { type: 'application/pdf' }), null],
  ];

  it.each(fileCases)('evidence: %s', async (_name, make, error) => {
    const draft = seed('rdw', 'voertuigen.kleur', { toelichting: 'uitleg' });
    const view = renderApp({ path: '/correctie/rdw/voertuigen.kleur/bewijs' });
    const input = await screen.findByLabelText('Voeg bewijs toe (niet verplicht)', {}, { timeout: 10_000 });
    await view.user.upload(input, make());
    if (error) {
      const message = await screen.findByText(error, { selector: '#bewijs-error' }, { timeout: 10_000 });
      expect(input.getAttribute('aria-describedby')).toContain(message.id);
    } else {
      await waitFor(() => expect(document.querySelector('.mg-bestand__naam')).toHaveTextContent('akte.pdf'), {
        timeout: 10_000,
      });
      expect(
        JSON.parse(sessionStorage.getItem(storageKey(draft.registry, draft.veld)) ?? '{}').documenten,
      ).toHaveLength(1);
    }
    expect(document.querySelectorAll('main script, main img')).toHaveLength(0);
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
    expect(sessionStorage.getItem(storageKey(draft.registry, draft.veld))).not.toBeNull();
  });
});

function labelOf(field: Case['field']): RegExp | string {
  if (field === 'nieuweWaarde') return /Juiste waarde voor/;
  if (field === 'toelichting') return /eigen woorden/;
  if (field === 'postcode') return 'Postcode';
  return 'Huisnummer';
}
