export { brkIndex, zaakVanObject, zakenVanBsn } from './registry';
export { brkForBsn, brkZaak, brkZakelijkGerechtigden, type BrkContext, type BrkResult } from './resources';
