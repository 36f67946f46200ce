/**
 * The test persons the mock DigiD offers on the sign-in page, chosen because each shows a
 * case the app must handle. `situatie` is a code; the app translates it.
 */
export const testpersonen = [
  { burgerservicenummer: '999993653', situatie: 'buitenlandseNationaliteit' },
  { burgerservicenummer: '999992077', situatie: 'overleden' },
  { burgerservicenummer: '999993483', situatie: 'geemigreerdGeheim' },
  { burgerservicenummer: '999990482', situatie: 'inOnderzoek' },
  { burgerservicenummer: '999997002', situatie: 'locatiebeschrijving' },
  { burgerservicenummer: '999970008', situatie: 'nietOpAdres' },
  { burgerservicenummer: '999990408', situatie: 'minderjarigGezag' },
  { burgerservicenummer: '999992806', situatie: 'meerdereNationaliteiten' },
  { burgerservicenummer: '999970124', situatie: 'ouderMetKinderen' },
  // Issue 14: acting on behalf: gezag over two minor children (BRP 2.7 gezag).
  { burgerservicenummer: '999970057', situatie: 'ouderMetGezag' },
  { burgerservicenummer: '999970197', situatie: 'curatele' },
  { burgerservicenummer: '999970872', situatie: 'verblijfstitel' },
  { burgerservicenummer: '999971074', situatie: 'nationaliteitOnbekend' },
] as const;
