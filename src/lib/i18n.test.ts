import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { namespaces, setupI18n, setupI18nWithAllNamespaces } from './i18n';

const dir = `${resolve('src/i18n')}/`;

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('translations', () => {
  const files = readdirSync(`${dir}nl`).filter((file) => file.endsWith('.json'));

  it.each(files)('English has exactly the keys of Dutch in %s', (file) => {
    const nl = keys(JSON.parse(readFileSync(`${dir}nl/${file}`, 'utf8')));
    const en = keys(JSON.parse(readFileSync(`${dir}en/${file}`, 'utf8')));
    expect(en.sort()).toEqual(nl.sort());
  });

  it('knows every namespace on disk and loads the lazy ones on demand', async () => {
    expect(namespaces.sort()).toEqual(files.map((file) => file.replace('.json', '')).sort());
    const i18n = await setupI18nWithAllNamespaces('en');
    expect(i18n.t('pagina.titel', { ns: 'brp' })).toBe('Personal data');
  });

  it('writes a holder that starts with "Uw"/"Your" in lower case inside a sentence, and any other as it is', async () => {
    const nl = await setupI18nWithAllNamespaces('nl');
    const en = await setupI18nWithAllNamespaces('en');
    const loading = (i18n: typeof nl, id: 'brp' | 'woz' | 'rdw') =>
      i18n.t('overview.loading', { ns: 'views', holder: i18n.t(`registries.${id}.holder`) });
    expect(loading(nl, 'brp')).toBe('Gegevens ophalen bij uw gemeente…');
    expect(loading(en, 'woz')).toBe('Getting data from your municipality…');
    expect(loading(nl, 'rdw')).toBe('Gegevens ophalen bij RDW…');
    // As a label it keeps its capital.
    expect(nl.t('registries.brp.holder')).toBe('Uw gemeente');
  });

  it("adds each registry's names from its facts file to common, in both languages", async () => {
    const en = await setupI18nWithAllNamespaces('en');
    expect(en.t('registries.bri.holder')).toBe('Tax Administration (Belastingdienst)');
    expect(en.t('registries.brp.name')).toBe('Personal data');
    const nl = setupI18n('nl');
    expect(nl.t('registries.bri.holder')).toBe('Belastingdienst');
    expect(nl.t('registries.duo.registry')).toBe('Diplomaregister');
  });
});
