import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import nlCorrecties from './nl/correcties.json';
import enCorrecties from './en/correcties.json';
import nlVerwerkingen from './nl/verwerkingen.json';
import enVerwerkingen from './en/verwerkingen.json';
import { registryFacts, registryIds } from '@/lib/registries';

/**
 * Wording rules: the app promises no more than the law gives (issue 13). Each rule names the
 * promise that must not come back; a text that brings it back fails here, in both languages.
 */

type Dict = Record<string, unknown>;
const strings = (dict: unknown, prefix = ''): Array<[string, string]> =>
  typeof dict === 'string'
    ? [[prefix, dict]]
    : Object.entries(dict as Dict).flatMap(([k, v]) => strings(v, prefix ? `${prefix}.${k}` : k));

const dir = path.dirname(new URL(import.meta.url).pathname);
/** Every text: the JSON namespaces, and each registry's names (written in src/lib/registry-facts/<id>.ts). */
const all = (lang: 'nl' | 'en') => [
  ...readdirSync(path.join(dir, lang)).flatMap((file) =>
    strings(JSON.parse(readFileSync(path.join(dir, lang, file), 'utf8')), file.replace('.json', '')),
  ),
  ...registryIds.flatMap((id) => strings(registryFacts[id].names[lang], `common.registries.${id}`)),
];

describe('no promise the law does not give', () => {
  it('never says the citizen "will get a decision by" a date: the holder must decide, and may extend with reasons', () => {
    const promises = [
      /krijgt (u )?uiterlijk/i,
      /uiterlijk .* een besluit/i,
      /will (get|receive) a decision/i,
      /will answer .* by/i,
    ];
    for (const lang of ['nl', 'en'] as const) {
      for (const [key, text] of all(lang)) for (const p of promises) expect(text, `${lang}:${key}`).not.toMatch(p);
    }
    // Where a last day is shown, the extension is told as the law words it: only with reasons, before the day.
    expect(nlCorrecties.bevestiging.verlengbaar).toMatch(/verlengen.*vóór die datum.*reden/);
    expect(enCorrecties.bevestiging.verlengbaar).toMatch(/extend.*before that date.*reason/);
    expect(nlCorrecties.verzoeken.verlengbaar).toMatch(/vóór \{\{datum\}\}.*reden/);
    expect(nlVerwerkingen.ask.verlengbaar).toMatch(/vóór die datum.*reden/);
  });

  it('says "in onderzoek" only when the holder investigates: filing a request does not mark the data', () => {
    expect(nlCorrecties.bevestiging.stap3Brp).toMatch(/^Begint de gemeente een onderzoek/);
    expect(enCorrecties.bevestiging.stap3Brp).toMatch(/^If the municipality starts an investigation/);
    for (const [key, text] of all('nl'))
      expect(text, key).not.toMatch(/(tijdens het onderzoek )?staat het gegeven in de BRP als/i);
  });

  it("words the art. 18 restriction as the law does: kept, and used only with consent, for legal claims, for another's rights or an important public interest", () => {
    for (const text of [nlCorrecties.beperking.jaHint, nlCorrecties.detail.beperkingVanKracht]) {
      expect(text).toMatch(/toestemming/);
      expect(text).toMatch(/rechtszaak/);
      expect(text).toMatch(/rechten van een ander/);
      expect(text).toMatch(/algemeen belang/);
    }
    for (const text of [enCorrecties.beperking.jaHint, enCorrecties.detail.beperkingVanKracht])
      expect(text).toMatch(/consent.*legal claims.*another person.*public interest/);
    for (const lang of ['nl', 'en'] as const) {
      for (const [key, text] of all(lang))
        expect(text, key).not.toMatch(/alleen als de wet dat verplicht|only .* where the law requires/i);
    }
    // 18(3): told before it is lifted.
    expect(nlCorrecties.detail.beperkingNogNiet).toMatch(/Voordat .* opheft/);
  });

  it('explains withheld processing with the right laws: the Police Data Act, the Wiv 2017, not only GDPR art. 23', () => {
    expect(nlVerwerkingen.notShown.why).toMatch(/Wet politiegegevens/);
    expect(nlVerwerkingen.notShown.why).toMatch(/Wiv 2017/);
    expect(nlVerwerkingen.notShown.why).toMatch(/artikel 23/);
    expect(enVerwerkingen.notShown.why).toMatch(/Police Data Act/);
    expect(enVerwerkingen.notShown.why).toMatch(/Wiv 2017/);
    // A citation we could not verify is not made.
    for (const lang of ['nl', 'en'] as const)
      for (const [key, text] of all(lang)) expect(text, key).not.toMatch(/3\.22/);
  });

  it('says how far back the log goes and how to ask for older records (Rijkeboer)', () => {
    expect(nlVerwerkingen.older).toMatch(/Rijkeboer/);
    expect(enVerwerkingen.older).toMatch(/Rijkeboer/);
    expect(nlVerwerkingen.recipients.older).toMatch(/\{\{houder\}\}/);
  });

  it('sends "why" to the organisation that processed, not to the keeper of the registry', () => {
    expect(nlVerwerkingen.ask.intro).toMatch(/\{\{organisatie\}\}.*deed deze verwerking/);
    expect(enVerwerkingen.ask.intro).toMatch(/\{\{organisatie\}\}.*did this processing/);
    for (const [key, text] of all('nl')) expect(text, key).not.toMatch(/beheerder van de registratie moet/);
  });

  it('gives bezwaar with its last day and where to send it, and a late holder the remedies the Awb gives', () => {
    expect(nlCorrecties.detail.bezwaarTot).toMatch(/\{\{houder\}\}.*uiterlijk \{\{datum\}\}/);
    expect(enCorrecties.detail.bezwaarTot).toMatch(/\{\{houder\}\}.*by \{\{datum\}\}/);
    expect(nlCorrecties.detail.bezwaarHoe).toMatch(/website .* per brief/);
    expect(nlCorrecties.detail.teLaatIngebreke).toMatch(/ingebrekestelling.*dwangsom.*4:17/);
    expect(nlCorrecties.detail.teLaatBeroep).toMatch(/6:12/);
    // The sentence runs on into the link (issue 19: it no longer says itself twice).
    const klacht = `${nlCorrecties.detail.teLaatKlacht} ${nlCorrecties.detail.apLink}${nlCorrecties.detail.teLaatKlachtNa}`;
    expect(klacht).toBe('U kunt ook een klacht indienen bij de Autoriteit Persoonsgegevens (AVG artikel 77).');
    // "Binnen 6 weken" without a date is not enough on the request page.
    expect(JSON.stringify(nlCorrecties.detail)).not.toMatch(/binnen 6 weken bezwaar maken bij/);
  });
});
