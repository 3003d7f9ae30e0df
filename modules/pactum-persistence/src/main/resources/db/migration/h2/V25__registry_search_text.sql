-- Pactum schema, version 25 (H2): the registry's search reads one stored lower-case text per agreement and per party
-- instead of lowering five columns of every row (H2 has no trigram index, so it reads every row; this makes each read
-- cheaper). The texts are joined by an upper-case X, which a search pattern (lower-cased before it reaches the
-- database) never holds, so a match never runs from one text into the next; PostgreSQL's V25 says more.
ALTER TABLE agreement ADD COLUMN search_text VARCHAR GENERATED ALWAYS AS (
    LOWER(number) || 'X' || COALESCE(LOWER(registration_number), '') || 'X' || COALESCE(LOWER(title_ru), '') || 'X'
        || COALESCE(LOWER(title_kk), '') || 'X' || COALESCE(LOWER(title_en), ''));

ALTER TABLE party ADD COLUMN search_text VARCHAR GENERATED ALWAYS AS (
    LOWER(organization_ru) || 'X' || COALESCE(LOWER(organization_kk), '') || 'X'
        || COALESCE(LOWER(organization_en), ''));
