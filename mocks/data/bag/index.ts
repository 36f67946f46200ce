export { actuelePartner, adresVanPersoon, bagIndex, type BagAdresRecord, type BagObjectRecord } from './registry';
export {
  findAdres,
  findBronhouder,
  findAdresseerbaarObject,
  findPand,
  pandFeiten,
  searchAdressen,
  verblijfsobjectFeiten,
  type BagContext,
  type BagResult,
} from './resources';
export { alleGemeenten, findGemeente, huidigeGemeente, type Gemeente } from './gemeenten';
