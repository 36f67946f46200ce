/**
 * The 20-query set of the audit benchmark (issue 6, kept in issue 15): every filter alone,
 * combinations, every sort. The bench times it on both engines; the engine tests ask it of
 * both and demand identical answers.
 */
import { organisatie } from '../verwerkingen/register';
import { AUDIT_ACTIVITIES } from './catalog';

const org = (key: string) => organisatie(key)!.id;

export function benchQueries(): string[] {
  const rotterdam = org('gemeente-0599');
  const rdw = org('rdw');
  const hellevoetsluis = org('gemeente-0530');
  const belastingdienst = org('belastingdienst');
  return [
    'sorteer=tijd',
    'sorteer=-tijd',
    'sorteer=organisatie',
    'sorteer=-organisatie',
    `organisatie=${rotterdam}&sorteer=-tijd`,
    `organisatie=${rdw}&van=2025-01-01&tot=2025-01-31`,
    `organisatie=${hellevoetsluis}&van=2026-03-01&tot=2026-03-31&sorteer=-tijd`,
    `organisatie=${belastingdienst}&uitvoering=mens&sorteer=organisatie`,
    'registratie=brp&sorteer=-tijd',
    'registratie=rdw&uitvoering=systeem&van=2024-06-01&tot=2024-12-31',
    'grondslag=PublicInterest',
    'grondslag=LegalObligation&categorie=inkomen&sorteer=-organisatie',
    'categorie=adres&van=2026-01-01',
    'categorie=burgerservicenummer&uitvoering=mens&sorteer=-tijd',
    'uitvoering=mens',
    'anomalie=alle&sorteer=-tijd',
    'anomalie=buiten-kantoortijd',
    'anomalie=volume-piek&sorteer=organisatie',
    `activiteit=${AUDIT_ACTIVITIES[0]!.id}&sorteer=-tijd`,
    'van=2026-11-01&tot=2026-11-27&uitvoering=mens&sorteer=-organisatie',
  ];
}
