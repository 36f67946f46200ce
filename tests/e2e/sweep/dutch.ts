/**
 * Dutch left on an English page (issue 19): every visible text node whose language (the nearest
 * `lang`) is English is checked for words that are Dutch and not English. Text the app marks as
 * Dutch (`lang="nl"`: a holder's own message, the register's wording) is not counted — that is the
 * honest way to show what cannot be translated, and screen readers then read it with Dutch speech.
 *
 * Names stay as they are: organisation and place names, people's names and the titles of laws are
 * removed before the check (`ALLOWED`), so they do not count as Dutch.
 */
import type { Page } from 'playwright-core';

/** Frequent Dutch words that are not also English words. */
export const DUTCH_MARKERS = [
  'het',
  'een',
  'niet',
  'uw',
  'voor',
  'zijn',
  'wordt',
  'worden',
  'deze',
  'dit',
  'naar',
  'ook',
  'heeft',
  'hebben',
  'geen',
  'wat',
  'wie',
  'waarom',
  'gegevens',
  'verzoek',
  'verzoeken',
  'registratie',
  'bekijk',
  'terug',
  'klopt',
  'verder',
  'stoppen',
  'inloggen',
  'uitloggen',
  'ontvangen',
  'verwerking',
  'verwerkingen',
  'gemeente',
  'onbekend',
  'nee',
  'bij',
  'als',
  'kunt',
  'moet',
  'elk',
  'wie',
  'nagaan',
  'iedereen',
];

/** Names and law titles an English page may show in Dutch (whole phrases, matched case-sensitively). */
export const ALLOWED: readonly (string | RegExp)[] = [
  // The product's and organisations' names: a name is not translated.
  /Mijn Gegevens/g,
  /\b(?:Gemeente|gemeente) [A-Z'][\w'’-]+(?: [\w'’-]+)*/g,
  /Rijksdienst voor (?:het Wegverkeer|Identiteitsgegevens|Ondernemend Nederland)/g,
  /Dienst Uitvoering Onderwijs/g,
  /Kamer van Koophandel/g,
  /Uitvoeringsinstituut Werknemersverzekeringen/g,
  /Sociale Verzekeringsbank/g,
  /Centraal Justitieel Incassobureau/g,
  /Immigratie- en Naturalisatiedienst/g,
  /Centraal Bureau voor de Statistiek/g,
  // A Dutch legal term in brackets after its English explanation: "(a beschikking)", "(geheimhouding)".
  /\((?:a |an )?[a-zà-ÿ]+\)/g,
  // People's names with particles, e.g. "M. de Vries".
  /\b(?:van|de|der|den|ter|ten|het)\b(?= [A-Z])/g,
  // Titles of laws and their articles.
  /\b(?:Wet|Algemene wet|Rijkswet|Besluit|Vreemdelingenwet|Paspoortwet|Wegenverkeerswet)[\w ,.'’()-]*?(?=[.;:]|$)/g,
];

export async function dutchOnEnglishPage(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.textContent?.trim()) continue;
      if (el.closest('script, style, [hidden], [aria-hidden="true"]')) continue;
      const lang = el.closest('[lang]')?.getAttribute('lang') ?? '';
      if (!lang.startsWith('en')) continue;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const srOnly = style.position === 'absolute' && box.width <= 1;
      if ((box.width === 0 && box.height === 0 && !srOnly) || style.visibility === 'hidden') continue;
      out.push(node.textContent.trim());
    }
    return out;
  });
  const found = new Set<string>();
  const markers = new Set(DUTCH_MARKERS);
  for (const original of texts) {
    let text = original;
    for (const allowed of ALLOWED) text = text.replace(allowed, ' ');
    const words = text.toLowerCase().match(/[a-zà-ÿ’']+/g) ?? [];
    if (words.some((w) => markers.has(w))) found.add(original.slice(0, 120));
  }
  return [...found];
}
