import { zoekInkomstenverhoudingen } from '../data/uwv/inkomstenverhoudingen';
import { zoekHandler } from './zoek';

/** `_zoek` — Banen en uitkeringen (UWV polisadministratie); contract mocks/contracts/uwv.yaml, logic in the pure `zoekInkomstenverhoudingen`. */
export const uwvHandlers = [zoekHandler('uwv', zoekInkomstenverhoudingen)];
