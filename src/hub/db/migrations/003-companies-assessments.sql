-- Companies and their assessments as installations sent them. An assessment is stored once per park,
-- whichever installation sent it: the fingerprint is the park view's (company profile, framework, answers).
CREATE TABLE companies (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  park_id uuid NOT NULL REFERENCES parks (id),
  provider_id uuid REFERENCES providers (id),
  -- the installation that first sent it and that installation's own id for it
  installation_id uuid REFERENCES installations (id),
  local_id text,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  cluster text,
  sub_sector text,
  industry_type text NOT NULL CHECK (industry_type IN ('discrete', 'process')),
  size text CHECK (size IN ('micro', 'small', 'medium', 'large')),
  revenue_band text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (installation_id, local_id)
);
CREATE INDEX companies_park_provider ON companies (park_id, provider_id);

ALTER TABLE accounts ADD FOREIGN KEY (company_id) REFERENCES companies (id);
ALTER TABLE installations ADD FOREIGN KEY (company_id) REFERENCES companies (id);
ALTER TABLE enrolment_codes ADD FOREIGN KEY (company_id) REFERENCES companies (id);

CREATE TABLE assessments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  park_id uuid NOT NULL REFERENCES parks (id),
  company_id uuid NOT NULL REFERENCES companies (id),
  installation_id uuid NOT NULL REFERENCES installations (id),
  fingerprint text NOT NULL,
  framework_id text NOT NULL,
  framework_version text NOT NULL,
  -- figures from the hub's own scoring of the answers, never the bundle's copy
  level integer NOT NULL,
  total_score double precision NOT NULL,
  max_score double precision NOT NULL,
  domains jsonb NOT NULL,
  answers jsonb NOT NULL,
  completed_at timestamptz,
  received_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (park_id, fingerprint)
);
CREATE INDEX assessments_company ON assessments (company_id, framework_id, completed_at DESC);
CREATE INDEX assessments_park_framework ON assessments (park_id, framework_id);

-- Which outbox items each installation has delivered, and what came of them: a resent item gets the same
-- answer and changes nothing.
CREATE TABLE sync_items (
  installation_id uuid NOT NULL REFERENCES installations (id),
  item_id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('company', 'assessment', 'inspection')),
  status text NOT NULL CHECK (status IN ('stored', 'duplicate')),
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (installation_id, item_id)
);
