-- Pactum schema, version 25 (PostgreSQL): the registry's search reads one stored lower-case text per agreement and per
-- party instead of lowering five columns of every candidate row. Most of a search's time went into rechecking the
-- rows the trigram indexes offered (a trigram match is a candidate; LIKE decides), and LOWER() of a long Cyrillic
-- title costs about as much as the LIKE itself (docs/performance.md, "The registry at 100,000 agreements").
--
-- The texts are joined by an upper-case X. The search pattern is lower-cased before it reaches the database
-- (AgreementListing), so it never holds an upper-case letter, and a match can therefore never run from one text into
-- the next: LIKE '%text%' on the joined text finds exactly the rows where one of the texts contains it.
-- PostgreSQL computes the column on every insert and update, so no code has to keep it. Adding a stored column
-- rewrites the table once (about 30 s for 100,000 agreements on a busy 2-core machine, under an exclusive lock).
ALTER TABLE agreement ADD COLUMN search_text TEXT GENERATED ALWAYS AS (
    LOWER(number) || 'X' || COALESCE(LOWER(registration_number), '') || 'X' || COALESCE(LOWER(title_ru), '') || 'X'
        || COALESCE(LOWER(title_kk), '') || 'X' || COALESCE(LOWER(title_en), '')) STORED;
CREATE INDEX agreement_search_trgm_idx ON agreement USING gin (search_text gin_trgm_ops);
DROP INDEX agreement_number_trgm_idx;
DROP INDEX agreement_registration_trgm_idx;
DROP INDEX agreement_title_ru_trgm_idx;
DROP INDEX agreement_title_kk_trgm_idx;
DROP INDEX agreement_title_en_trgm_idx;

ALTER TABLE party ADD COLUMN search_text TEXT GENERATED ALWAYS AS (
    LOWER(organization_ru) || 'X' || COALESCE(LOWER(organization_kk), '') || 'X'
        || COALESCE(LOWER(organization_en), '')) STORED;
CREATE INDEX party_search_trgm_idx ON party USING gin (search_text gin_trgm_ops);
