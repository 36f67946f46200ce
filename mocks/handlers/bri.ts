import { zoekInkomens } from '../data/bri/inkomens';
import { zoekHandler } from './zoek';

/** `_zoek` — Inkomen per belastingjaar (BRI, Belastingdienst); contract mocks/contracts/bri.yaml, logic in the pure `zoekInkomens`. */
export const briHandlers = [zoekHandler('bri', zoekInkomens)];
