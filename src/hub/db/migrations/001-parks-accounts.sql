-- Parks, providers, accounts and their login sessions. Every row carries its park, so one hub can serve
-- several parks and tables can later be partitioned by park.
CREATE TABLE parks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE providers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  park_id uuid NOT NULL REFERENCES parks (id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (park_id, name)
);

CREATE TABLE accounts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  park_id uuid NOT NULL REFERENCES parks (id),
  username text NOT NULL UNIQUE CHECK (length(username) BETWEEN 1 AND 100),
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('park_admin', 'provider', 'company')),
  provider_id uuid REFERENCES providers (id),
  -- company accounts name their company once companies exist (003 adds the foreign key)
  company_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((role = 'provider') = (provider_id IS NOT NULL)),
  CHECK ((role = 'company') = (company_id IS NOT NULL))
);

-- Only a hash of each session token is kept: a copy of the database logs nobody in.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_expires_at ON sessions (expires_at);
