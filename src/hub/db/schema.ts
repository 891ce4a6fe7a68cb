import type { ColumnType, Generated } from 'kysely';

/** Typed tables for kysely, matching migrations/*.sql (the migration tests check the columns exist). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T> = ColumnType<T, string, string>;

export type Role = 'park_admin' | 'provider' | 'company';

export interface ParksTable {
  id: Generated<string>;
  name: string;
  created_at: Timestamp;
}

export interface ProvidersTable {
  id: Generated<string>;
  park_id: string;
  name: string;
  created_at: Timestamp;
}

export interface AccountsTable {
  id: Generated<string>;
  park_id: string;
  username: string;
  password_hash: string;
  role: Role;
  provider_id: string | null;
  company_id: string | null;
  created_at: Timestamp;
}

export interface SessionsTable {
  token_hash: string;
  account_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface InstallationsTable {
  id: Generated<string>;
  park_id: string;
  provider_id: string | null;
  company_id: string | null;
  name: string;
  token_hash: string;
  created_at: Timestamp;
  last_seen_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
}

export interface EnrolmentCodesTable {
  code_hash: string;
  park_id: string;
  provider_id: string | null;
  company_id: string | null;
  created_by: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: NullableTimestamp;
  installation_id: string | null;
}

export interface CompaniesTable {
  id: Generated<string>;
  park_id: string;
  provider_id: string | null;
  installation_id: string | null;
  local_id: string | null;
  name: string;
  cluster: string | null;
  sub_sector: string | null;
  industry_type: 'discrete' | 'process';
  size: 'micro' | 'small' | 'medium' | 'large' | null;
  revenue_band: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AssessmentsTable {
  id: Generated<string>;
  park_id: string;
  company_id: string;
  installation_id: string;
  fingerprint: string;
  framework_id: string;
  framework_version: string;
  level: number;
  total_score: number;
  max_score: number;
  domains: Json<{ id: string; ratio: number }[]>;
  answers: Json<unknown>;
  completed_at: NullableTimestamp;
  received_at: Timestamp;
}

export interface SyncItemsTable {
  installation_id: string;
  item_id: string;
  kind: 'company' | 'assessment' | 'inspection';
  status: 'stored' | 'duplicate';
  received_at: Timestamp;
}

export interface InspectionStatsTable {
  id: Generated<string>;
  park_id: string;
  company_id: string;
  installation_id: string;
  project_local_id: string;
  project_name: string;
  period_from: Timestamp;
  period_to: Timestamp;
  checked: number;
  ng: number;
  defect_types: Json<{ type: string; count: number }[]>;
  received_at: Timestamp;
}

export interface HubDatabase {
  parks: ParksTable;
  providers: ProvidersTable;
  accounts: AccountsTable;
  sessions: SessionsTable;
  installations: InstallationsTable;
  enrolment_codes: EnrolmentCodesTable;
  companies: CompaniesTable;
  assessments: AssessmentsTable;
  sync_items: SyncItemsTable;
  inspection_stats: InspectionStatsTable;
}
