-- Installations (desktop apps) enrolled with a one-time code; each holds a device token an administrator
-- can revoke. An installation acts for a provider (its clients), for one company, or for the park office.
CREATE TABLE installations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  park_id uuid NOT NULL REFERENCES parks (id),
  provider_id uuid REFERENCES providers (id),
  company_id uuid,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX installations_park ON installations (park_id);

CREATE TABLE enrolment_codes (
  code_hash text PRIMARY KEY,
  park_id uuid NOT NULL REFERENCES parks (id),
  provider_id uuid REFERENCES providers (id),
  company_id uuid,
  created_by uuid NOT NULL REFERENCES accounts (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  installation_id uuid REFERENCES installations (id)
);
