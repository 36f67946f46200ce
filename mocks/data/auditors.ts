/** Test auditors (privacy officers / supervisors) known to the mock gateway, each with the remit they work under (audit/remits.ts). */
import type { RemitId } from './audit/remits';

export type Auditor = { id: string; naam: string; organisatie: string; bevoegdheid: RemitId };

export const auditors: readonly Auditor[] = [
  {
    id: 'fg-rotterdam',
    naam: 'M. de Vries',
    organisatie: 'Functionaris gegevensbescherming, gemeente Rotterdam',
    bevoegdheid: 'fg-rotterdam',
  },
  {
    id: 'fg-rotterdam-2',
    naam: 'A. Yılmaz',
    organisatie: 'Plaatsvervangend functionaris gegevensbescherming, gemeente Rotterdam',
    bevoegdheid: 'fg-rotterdam',
  },
  { id: 'ap-toezicht', naam: 'S. El Amrani', organisatie: 'Autoriteit Persoonsgegevens', bevoegdheid: 'ap' },
  { id: 'ap-toezicht-2', naam: 'R. Jansen', organisatie: 'Autoriteit Persoonsgegevens', bevoegdheid: 'ap' },
  { id: 'rvig-audit', naam: 'J. Bakker', organisatie: 'Rijksdienst voor Identiteitsgegevens', bevoegdheid: 'rvig' },
  {
    id: 'ctivd-toezicht',
    naam: 'E. Hoekstra',
    organisatie: 'Commissie van Toezicht op de Inlichtingen- en Veiligheidsdiensten (CTIVD)',
    bevoegdheid: 'ctivd',
  },
];

export const findAuditor = (id: string): Auditor | undefined => auditors.find((a) => a.id === id);
