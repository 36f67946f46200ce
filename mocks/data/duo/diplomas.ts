import type { components } from '@/generated/duo';
import { rng, type Rng } from '../seed';
import { addDays, addYears, levensloop, maxDate, type Levensloop } from '../registers/levensloop';
import type { Session } from '../../gateway/session';
import { heeftOnderzoek, laatsteWijziging, maakOnderzoek, zoekOpBsn, type CoreResult } from '../registers/zoek';

export type Diploma = components['schemas']['Diploma'];
export type Onderwijsniveau = components['schemas']['Onderwijsniveau'];

/** Broad field of study; UWV and KVK use it to pick a matching employer or business. */
export type Sector =
  'zorg' | 'onderwijs' | 'techniek' | 'ict' | 'handel' | 'financieel' | 'logistiek' | 'horeca' | 'overheid';

/**
 * DUO's diploma register does not hold every older diploma (registration started in the
 * 1990s and differs per sector), so older diplomas are simply absent, as on the real
 * "Mijn diploma's" page. The exact start year is an approximation.
 */
export const DIPLOMAREGISTER_VANAF = '1993-01-01';

type Opleiding = { naam: string; sector: Sector };

const VMBO: Opleiding[] = [
  { naam: 'vmbo theoretische leerweg, profiel Economie en ondernemen', sector: 'handel' },
  { naam: 'vmbo kaderberoepsgerichte leerweg, profiel Bouwen, wonen en interieur', sector: 'techniek' },
  { naam: 'vmbo basisberoepsgerichte leerweg, profiel Zorg en welzijn', sector: 'zorg' },
  { naam: 'vmbo gemengde leerweg, profiel Dienstverlening en producten', sector: 'logistiek' },
];
const HAVO: Opleiding[] = [
  { naam: 'havo, profiel Economie en maatschappij', sector: 'handel' },
  { naam: 'havo, profiel Natuur en gezondheid', sector: 'zorg' },
  { naam: 'havo, profiel Natuur en techniek', sector: 'techniek' },
  { naam: 'havo, profiel Cultuur en maatschappij', sector: 'onderwijs' },
];
const VWO: Opleiding[] = [
  { naam: 'vwo (atheneum), profiel Natuur en techniek', sector: 'ict' },
  { naam: 'vwo (gymnasium), profiel Cultuur en maatschappij', sector: 'overheid' },
  { naam: 'vwo (atheneum), profiel Economie en maatschappij', sector: 'financieel' },
  { naam: 'vwo (atheneum), profiel Natuur en gezondheid', sector: 'zorg' },
];
const MBO: Record<'mbo-2' | 'mbo-3' | 'mbo-4', Opleiding[]> = {
  'mbo-2': [
    { naam: 'Logistiek medewerker', sector: 'logistiek' },
    { naam: 'Kok', sector: 'horeca' },
    { naam: 'Verkoper', sector: 'handel' },
    { naam: 'Helpende zorg en welzijn', sector: 'zorg' },
  ],
  'mbo-3': [
    { naam: 'Verzorgende-IG', sector: 'zorg' },
    { naam: 'Eerste monteur elektrotechnische installaties', sector: 'techniek' },
    { naam: 'Pedagogisch medewerker kinderopvang', sector: 'onderwijs' },
    { naam: 'Zelfstandig werkend kok', sector: 'horeca' },
  ],
  'mbo-4': [
    { naam: 'Mbo-verpleegkundige', sector: 'zorg' },
    { naam: 'Software developer', sector: 'ict' },
    { naam: 'Juridisch medewerker zakelijke dienstverlening', sector: 'financieel' },
    { naam: 'Technicus engineering', sector: 'techniek' },
    { naam: 'Medewerker marketing en communicatie', sector: 'handel' },
  ],
};
/** Bachelor and (optional) master names as DUO writes them: "B …" and "M …". */
const HBO: { bachelor: Opleiding; master?: string }[] = [
  { bachelor: { naam: 'B Verpleegkunde', sector: 'zorg' }, master: 'M Advanced Nursing Practice' },
  { bachelor: { naam: 'B Opleiding tot leraar Basisonderwijs', sector: 'onderwijs' }, master: 'M Educational Needs' },
  { bachelor: { naam: 'B HBO-ICT', sector: 'ict' } },
  { bachelor: { naam: 'B Bedrijfskunde', sector: 'handel' } },
  { bachelor: { naam: 'B Accountancy', sector: 'financieel' }, master: 'M Accountancy' },
  { bachelor: { naam: 'B Werktuigbouwkunde', sector: 'techniek' } },
  { bachelor: { naam: 'B Social Work', sector: 'overheid' } },
  { bachelor: { naam: 'B Logistics Management', sector: 'logistiek' } },
];
const WO: { bachelor: Opleiding; master: string }[] = [
  { bachelor: { naam: 'B Rechtsgeleerdheid', sector: 'overheid' }, master: 'M Rechtsgeleerdheid' },
  { bachelor: { naam: 'B Geneeskunde', sector: 'zorg' }, master: 'M Geneeskunde' },
  { bachelor: { naam: 'B Economie en Bedrijfseconomie', sector: 'financieel' }, master: 'M Economics' },
  { bachelor: { naam: 'B Informatica', sector: 'ict' }, master: 'M Computer Science' },
  { bachelor: { naam: 'B Psychologie', sector: 'zorg' }, master: 'M Psychologie' },
  { bachelor: { naam: 'B Werktuigbouwkunde', sector: 'techniek' }, master: 'M Mechanical Engineering' },
  { bachelor: { naam: 'B Pedagogische Wetenschappen', sector: 'onderwijs' }, master: 'M Onderwijswetenschappen' },
];

const VO_SCHOLEN = [
  'Stedelijk Lyceum',
  'Christelijk College De Populier',
  'Openbare Scholengemeenschap Het Baken',
  'Sint-Janscollege',
  'Montessori College Oost',
];
const MBO_SCHOLEN = [
  'Albeda',
  'ROC van Amsterdam',
  'ROC Midden Nederland',
  'Noorderpoort',
  'Summa College',
  'Graafschap College',
];
const HOGESCHOLEN = [
  'Hogeschool Rotterdam',
  'Hogeschool van Amsterdam',
  'Hanzehogeschool Groningen',
  'Fontys Hogescholen',
  'Hogeschool Utrecht',
  'Avans Hogeschool',
];
const UNIVERSITEITEN = [
  'Universiteit van Amsterdam',
  'Erasmus Universiteit Rotterdam',
  'Rijksuniversiteit Groningen',
  'Universiteit Utrecht',
  'Universiteit Leiden',
  'Technische Universiteit Delft',
  'Radboud Universiteit',
];

type Kandidaat = {
  niveau: Onderwijsniveau;
  opleiding: string;
  instelling: string;
  leeftijd: number;
  sector: Sector;
  zomer: boolean;
};

/** The school career, as ages at graduation; which ones DUO actually has is decided later. */
function schoolloopbaan(r: Rng): Kandidaat[] {
  const out: Kandidaat[] = [];
  const route = r.next();
  if (route < 0.08) return out; // left school without a diploma
  if (route < 0.43) {
    const vmbo = r.pick(VMBO);
    out.push({
      niveau: 'vmbo',
      opleiding: vmbo.naam,
      instelling: r.pick(VO_SCHOLEN),
      leeftijd: 16,
      sector: vmbo.sector,
      zomer: true,
    });
    if (r.chance(0.8)) {
      const niveau = r.pick(['mbo-2', 'mbo-3', 'mbo-4'] as const);
      const mbo = r.chance(0.6)
        ? (MBO[niveau].find((o) => o.sector === vmbo.sector) ?? r.pick(MBO[niveau]))
        : r.pick(MBO[niveau]);
      out.push({
        niveau,
        opleiding: mbo.naam,
        instelling: r.pick(MBO_SCHOLEN),
        leeftijd: niveau === 'mbo-2' ? 18 : niveau === 'mbo-3' ? 19 : 20,
        sector: mbo.sector,
        zomer: true,
      });
      if (niveau === 'mbo-4' && r.chance(0.2)) {
        const hbo = r.pick(HBO);
        out.push({
          niveau: 'hbo-bachelor',
          opleiding: hbo.bachelor.naam,
          instelling: r.pick(HOGESCHOLEN),
          leeftijd: 24,
          sector: hbo.bachelor.sector,
          zomer: false,
        });
      }
    }
  } else if (route < 0.7) {
    const havo = r.pick(HAVO);
    out.push({
      niveau: 'havo',
      opleiding: havo.naam,
      instelling: r.pick(VO_SCHOLEN),
      leeftijd: 17,
      sector: havo.sector,
      zomer: true,
    });
    if (r.chance(0.75)) {
      const hbo = r.chance(0.6) ? (HBO.find((o) => o.bachelor.sector === havo.sector) ?? r.pick(HBO)) : r.pick(HBO);
      const instelling = r.pick(HOGESCHOLEN);
      out.push({
        niveau: 'hbo-bachelor',
        opleiding: hbo.bachelor.naam,
        instelling,
        leeftijd: 21 + r.int(0, 1),
        sector: hbo.bachelor.sector,
        zomer: false,
      });
      if (hbo.master && r.chance(0.15)) {
        out.push({
          niveau: 'hbo-master',
          opleiding: hbo.master,
          instelling,
          leeftijd: 24 + r.int(0, 4),
          sector: hbo.bachelor.sector,
          zomer: false,
        });
      }
    }
  } else {
    const vwo = r.pick(VWO);
    out.push({
      niveau: 'vwo',
      opleiding: vwo.naam,
      instelling: r.pick(VO_SCHOLEN),
      leeftijd: 18,
      sector: vwo.sector,
      zomer: true,
    });
    if (r.chance(0.8)) {
      const wo = r.chance(0.6) ? (WO.find((o) => o.bachelor.sector === vwo.sector) ?? r.pick(WO)) : r.pick(WO);
      const instelling = r.pick(UNIVERSITEITEN);
      out.push({
        niveau: 'wo-bachelor',
        opleiding: wo.bachelor.naam,
        instelling,
        leeftijd: 21 + r.int(0, 1),
        sector: wo.bachelor.sector,
        zomer: false,
      });
      if (r.chance(0.85)) {
        out.push({
          niveau: 'wo-master',
          opleiding: wo.master,
          instelling,
          leeftijd: 23 + r.int(0, 2),
          sector: wo.bachelor.sector,
          zomer: false,
        });
      }
    }
  }
  return out;
}

/** Diploma date at a given age: secondary and mbo in early summer, higher education any month. */
function datumOpLeeftijd(r: Rng, l: Levensloop, leeftijd: number, zomer: boolean): string {
  const jaar = Number(l.geboortedatum.slice(0, 4)) + leeftijd;
  return zomer ? r.date(`${jaar}-06-10`, `${jaar}-07-15`) : r.date(`${jaar}-01-15`, `${jaar}-12-15`);
}

export type DuoResultaat = {
  diplomas: Diploma[];
  sector: Sector | undefined;
  hoogsteNiveau: Onderwijsniveau | undefined;
  /** When the person leaves (or will leave) full-time education; may lie after today for children. */
  schoolVerlaten: string | undefined;
};

/**
 * The diplomas DUO registers for a test person, oldest first. People who came to the
 * Netherlands as adults studied abroad (DUO has none of that), some of them took the
 * state exam Dutch as a second language (NT2). Education still to come (children) is not
 * there yet; a death or emigration ends it.
 */
export function diplomasVoor(bsn: string): DuoResultaat {
  const l = levensloop(bsn);
  const r = rng(`${bsn}:duo`);
  if (!l) return { diplomas: [], sector: undefined, hoogsteNiveau: undefined, schoolVerlaten: undefined };
  const loopbaan = schoolloopbaan(r);
  const kandidaten = loopbaan.map((k) => ({ ...k, datum: datumOpLeeftijd(r, l, k.leeftijd, k.zomer) }));
  const sector = loopbaan.at(-1)?.sector ?? r.pick(['handel', 'logistiek', 'horeca', 'zorg'] as const);
  const geschikt = kandidaten.filter(
    (k) => k.datum <= l.einde && (!l.inNederlandSinds || k.datum > l.inNederlandSinds),
  );
  if (l.inNederlandSinds && r.chance(0.45)) {
    const aankomstLeeftijd = Number(l.inNederlandSinds.slice(0, 4)) - Number(l.geboortedatum.slice(0, 4));
    const datum = r.date(addDays(l.inNederlandSinds, 180), addYears(l.inNederlandSinds, 3));
    if (aankomstLeeftijd >= 18 && datum <= l.einde) {
      geschikt.push({
        niveau: 'staatsexamen-nt2',
        opleiding: 'Staatsexamen Nederlands als tweede taal (NT2), programma II',
        instelling: 'College voor Toetsen en Examens',
        leeftijd: 0,
        sector,
        zomer: false,
        datum,
      });
    }
  }
  const zichtbaar = geschikt
    .filter((k) => k.datum >= DIPLOMAREGISTER_VANAF)
    .sort((a, b) => a.datum.localeCompare(b.datum));
  const onderzoekIndex = heeftOnderzoek(bsn, r) && zichtbaar.length ? r.int(0, zichtbaar.length - 1) : -1;
  const diplomas: Diploma[] = zichtbaar.map((k, i) => {
    const inOnderzoek: Diploma['inOnderzoek'] =
      i === onderzoekIndex
        ? maakOnderzoek(r, k.datum, [r.pick(['datumBehaald', 'opleidingsnaam', 'onderwijsinstelling'] as const)])
        : null;
    // DUO registers a diploma a few weeks after the exam; later changes are corrections.
    const geregistreerd = maxDate(addDays(k.datum, r.int(7, 60)), k.datum);
    return {
      // Stable per person and free of the BSN (ids may end up in URLs or logs).
      id: `diploma-${k.datum.replaceAll('-', '')}-${i + 1}`,
      onderwijsniveau: k.niveau,
      opleidingsnaam: k.opleiding,
      onderwijsinstelling: k.instelling,
      datumBehaald: k.datum,
      inOnderzoek,
      datumLaatsteWijziging: laatsteWijziging(r, geregistreerd, inOnderzoek),
    };
  });
  // The education the person has, wherever it was obtained (abroad too): it drives the
  // level of jobs and income, even when DUO does not register the diploma.
  const behaald = kandidaten.filter((k) => k.datum <= l.einde);
  return {
    diplomas,
    sector,
    hoogsteNiveau: behaald.at(-1)?.niveau,
    schoolVerlaten: kandidaten.at(-1)?.datum ?? addYears(l.geboortedatum, 17),
  };
}

export const DUO_ZOEK_PAD = '/api/duo/diplomas/_zoek';

/** Core of `POST /api/duo/diplomas/_zoek` (pure; the MSW handler only adds HTTP). */
export function zoekDiplomas(body: unknown, session: Session, instance = DUO_ZOEK_PAD): CoreResult {
  return zoekOpBsn(body, session, instance, (bsn) => ({ diplomas: diplomasVoor(bsn).diplomas }));
}
