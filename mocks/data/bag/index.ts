export { actuelePartner, adresVanPersoon, bagIndex, type BagAdresRecord, type BagObjectRecord } from './registry';
export {
  findAdres,
  findAdresseerbaarObject,
  findPand,
  pandFeiten,
  searchAdressen,
  verblijfsobjectFeiten,
  type BagContext,
  type BagResult,
} from './resources';
