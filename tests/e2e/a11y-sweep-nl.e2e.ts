/** The accessibility sweep in Dutch, plus its coverage check and reduced motion (tests/e2e/sweep/sweep.ts). */
import { reducedMotion, sweepCoversEveryPath, sweepIn } from './sweep/sweep';

sweepCoversEveryPath();
sweepIn('nl');
reducedMotion();
