/** The accessibility sweep in English (tests/e2e/sweep/sweep.ts). */
import { sweepIn } from './sweep/sweep';

sweepIn('en');
