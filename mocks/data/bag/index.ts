export {
  AO_PATTERN, NA_PATTERN, PAND_PATTERN, actuelePartner, adresVanPersoon, bagIndex, findAdresRecord, findObjectRecord,
  objectTypeOf, type BagAdresRecord, type BagAfwijking, type BagIndex, type BagObjectRecord, type BagPandRecord,
} from './registry';
export {
  adresResource, adresseerbaarObjectResource, findAdres, findAdresseerbaarObject, findPand, pandFeiten, searchAdressen,
  verblijfsobjectFeiten, type BagContext, type BagResult,
} from './resources';
