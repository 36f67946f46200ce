import { describe, expect, it } from 'vitest';
import { holderFor, zaaktypeFor } from './catalogus';
import { ZTC } from './serialize';
import { checkNewZaak, naamIdentificatie } from './validate';

/** The validation core without HTTP: the contract tests cover the same rules through the handlers. */
const BSN = '999993653';
const holder = holderFor('brk', BSN)!;
const zaaktype = zaaktypeFor(holder, 'brk', 'correctie');
const valid = {
  zaaktype: `http://localhost${ZTC}/zaaktypen/${zaaktype.uuid}`,
  bronorganisatie: holder.rsin,
  verantwoordelijkeOrganisatie: holder.rsin,
  startdatum: '2026-11-28',
  omschrijving: 'Correctie BRK',
};

describe('checkNewZaak', () => {
  it('accepts what the app sends and hands the handler the zaak to create', () => {
    const checked = checkNewZaak(valid, BSN);
    expect(checked).toMatchObject({
      zaak: { zaaktype: { uuid: zaaktype.uuid }, creatorBsn: BSN, startdatum: '2026-11-28' },
    });
  });

  it('refuses the holder-only fields as a whole, before any other check', () => {
    expect(checkNewZaak({ verlenging: { reden: 'x' }, onbekend: 1 }, BSN)).toEqual({ holderFields: ['verlenging'] });
  });

  it('names every wrong field with its code', () => {
    const checked = checkNewZaak(
      { ...valid, startdatum: '2026-11-29', onbekend: 1, bronorganisatie: '123456789' },
      BSN,
    );
    expect('errors' in checked && checked.errors.map((e) => `${e.name}:${e.code}`).sort()).toEqual([
      'bronorganisatie:invalid',
      'onbekend:unknown-field',
      'startdatum:date-in-future',
    ]);
  });

  it("refuses a zaaktype of a holder that does not keep this person's data", () => {
    const other = zaaktypeFor(holderFor('brp', '999993483')!, 'brp', 'correctie');
    const checked = checkNewZaak({ ...valid, zaaktype: `http://localhost${ZTC}/zaaktypen/${other.uuid}` }, BSN);
    expect('errors' in checked && checked.errors.map((e) => `${e.name}:${e.code}`)).toContain('zaaktype:bronhouder');
  });
});

describe('naamIdentificatie', () => {
  it('keeps the name parts that are valid text and drops the rest', () => {
    expect(naamIdentificatie({ geslachtsnaam: 'Moulin', voornamen: 'a\u202Eb', inpBsn: BSN, voorletters: 3 })).toEqual({
      geslachtsnaam: 'Moulin',
    });
  });
});
