-- Inspection statistics: counts, NG rate and defect types of one project over a period. No images.
CREATE TABLE inspection_stats (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  park_id uuid NOT NULL REFERENCES parks (id),
  company_id uuid NOT NULL REFERENCES companies (id),
  installation_id uuid NOT NULL REFERENCES installations (id),
  project_local_id text NOT NULL,
  project_name text NOT NULL,
  period_from timestamptz NOT NULL,
  period_to timestamptz NOT NULL,
  checked integer NOT NULL CHECK (checked >= 0),
  ng integer NOT NULL CHECK (ng >= 0 AND ng <= checked),
  defect_types jsonb NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (installation_id, project_local_id, period_from, period_to)
);
CREATE INDEX inspection_stats_company ON inspection_stats (company_id);
