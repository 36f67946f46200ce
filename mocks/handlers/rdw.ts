import { zoekVoertuigen } from '../data/rdw/voertuigen';
import { zoekHandler } from './zoek';

/** `_zoek` — Voertuigen op naam van de burger (BRV, RDW); contract mocks/contracts/rdw.yaml, logic in the pure `zoekVoertuigen`. */
export const rdwHandlers = [zoekHandler('rdw', zoekVoertuigen)];
