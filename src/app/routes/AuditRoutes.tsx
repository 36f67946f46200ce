/** The auditor workspace's pages (feature src/features/audit), one lazy chunk. */
export { AuditWorkspace as WorkspaceRoute } from '@/features/audit/components/AuditWorkspace';
export { SearchPage as SearchRoute } from '@/features/audit/components/SearchPage';
export { AnomaliesPage as AnomaliesRoute } from '@/features/audit/components/AnomaliesPage';
export { SubjectPage as SubjectRoute } from '@/features/audit/components/SubjectPage';
export { SlaPage as SlaRoute } from '@/features/audit/components/SlaPage';
export { TrailPage as TrailRoute } from '@/features/audit/components/TrailPage';
