// The clients' actions: the companies a consultant works for, their follow-up sheet and their files.
export { clientBackupJson, importClientFile } from './client-files';
export {
  createCompany,
  getCompany,
  listCompanies,
  saveCompanyProfile,
  updateCompany,
  type CompanyInput,
  type CompanyPatch,
} from './companies';
export { listClients, provenFollowUps, type ClientRow } from './follow-ups';
