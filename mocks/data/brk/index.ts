export { brkIndex, brkTestBsns, zaakVanObject, zakenVanBsn, type Gerechtigde, type KozRecord } from './registry';
export {
  brkForBsn,
  brkZaak,
  brkZakelijkGerechtigden,
  zaakResource,
  type BrkContext,
  type BrkResult,
} from './resources';
