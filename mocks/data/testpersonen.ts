/**
 * The test persons the mock DigiD offers on the sign-in page, chosen because each shows a
 * case the app must handle. `situatie` is a code; the app translates it.
 *
 * `naam` is the person's `volledigeNaam` as the BRP double derives it from the vendored test
 * data (testpersonen.test.ts proves they agree). It is written here so the sign-in page's list
 * answers without loading that 2.2 MB file (issue 16). The derived persona index (CSV) cannot
 * stand in: its names leave out adellijke titels and predicaten ("gravin").
 */
export const testpersonen = [
  { burgerservicenummer: '999993653', naam: 'Suzanne Moulin', situatie: 'buitenlandseNationaliteit' },
  { burgerservicenummer: '999992077', naam: 'Jan Staart', situatie: 'overleden' },
  { burgerservicenummer: '999993483', naam: 'Jacoba Magdalena gravin te Schaars', situatie: 'geemigreerdGeheim' },
  {
    burgerservicenummer: '999990482',
    naam: 'Lisanty Teresita del niño Jesús Virgen De las do Livramento de La Salete Jansz.',
    situatie: 'inOnderzoek',
  },
  { burgerservicenummer: '999997002', naam: 'Jasper Roeland van Duijn', situatie: 'locatiebeschrijving' },
  { burgerservicenummer: '999970008', naam: 'Govert de Geus', situatie: 'nietOpAdres' },
  { burgerservicenummer: '999990408', naam: 'Paolo de Jager', situatie: 'minderjarigGezag' },
  { burgerservicenummer: '999992806', naam: 'Roukshana Najia Bhutto', situatie: 'meerdereNationaliteiten' },
  { burgerservicenummer: '999970124', naam: 'Petronella van Paassen', situatie: 'ouderMetKinderen' },
  // Issue 14: acting on behalf: gezag over two minor children (BRP 2.7 gezag).
  { burgerservicenummer: '999970057', naam: 'Nicolette Nooitgedacht', situatie: 'ouderMetGezag' },
  { burgerservicenummer: '999970197', naam: 'Ria Ruijgrok', situatie: 'curatele' },
  { burgerservicenummer: '999970872', naam: 'Deepak Sankrityayan', situatie: 'verblijfstitel' },
  { burgerservicenummer: '999971074', naam: 'Akwasi', situatie: 'nationaliteitOnbekend' },
] as const;
