/** Test auditors (privacy officers / supervisors) known to the mock gateway. */
export type Auditor = { id: string; naam: string; organisatie: string };

export const auditors: readonly Auditor[] = [
  { id: 'fg-rotterdam', naam: 'M. de Vries', organisatie: 'Functionaris gegevensbescherming, gemeente Rotterdam' },
  { id: 'ap-toezicht', naam: 'S. El Amrani', organisatie: 'Autoriteit Persoonsgegevens' },
  { id: 'rvig-audit', naam: 'J. Bakker', organisatie: 'Rijksdienst voor Identiteitsgegevens' },
];

export const findAuditor = (id: string): Auditor | undefined => auditors.find((a) => a.id === id);
