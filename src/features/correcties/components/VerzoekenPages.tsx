/**
 * Mijn verzoeken and the request page, one file per page (issue 18): verzoeken/. This module
 * keeps the import path the app's routes use.
 */
export { MijnVerzoekenPage } from './verzoeken/MijnVerzoekenPage';
export { VerzoekDetailPage, type RecipientsSlot } from './verzoeken/VerzoekDetailPage';
export { requestTitle } from './verzoeken/shared';
