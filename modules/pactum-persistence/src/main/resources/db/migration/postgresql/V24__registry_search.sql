-- Pactum schema, version 24 (PostgreSQL): indexes for the registry's list and search at 100,000 agreements.
-- The list is ordered by the last change, newest first; this index gives a page's ids without reading rows.
CREATE INDEX agreement_listed_idx ON agreement (updated_at DESC, id DESC);

-- Search matches text anywhere in the number, the registration number and the titles (LIKE '%text%'), which a
-- b-tree cannot serve. Trigram indexes can; pg_trgm ships with PostgreSQL (contrib) and is a trusted extension, so
-- the database's owner may create it. Each expression must stay exactly the one AgreementListing queries.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX agreement_number_trgm_idx ON agreement USING gin (LOWER(number) gin_trgm_ops);
CREATE INDEX agreement_registration_trgm_idx ON agreement USING gin (LOWER(registration_number) gin_trgm_ops);
CREATE INDEX agreement_title_ru_trgm_idx ON agreement USING gin (LOWER(title_ru) gin_trgm_ops);
CREATE INDEX agreement_title_kk_trgm_idx ON agreement USING gin (LOWER(title_kk) gin_trgm_ops);
CREATE INDEX agreement_title_en_trgm_idx ON agreement USING gin (LOWER(title_en) gin_trgm_ops);
