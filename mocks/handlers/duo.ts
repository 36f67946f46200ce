import { zoekDiplomas } from '../data/duo/diplomas';
import { zoekHandler } from './zoek';

/** `_zoek` — Diploma's (DUO); contract mocks/contracts/duo.yaml, logic in the pure `zoekDiplomas`. */
export const duoHandlers = [zoekHandler('duo', zoekDiplomas)];
