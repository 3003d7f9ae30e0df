-- Pactum schema, version 24 (H2): the registry's list is ordered by the last change, newest first; this index gives
-- a page's ids without reading rows. H2 has no trigram index: its search reads every title, which is fast enough at
-- the sizes H2 serves (see docs/performance.md); PostgreSQL's V24 adds trigram indexes.
CREATE INDEX agreement_listed_idx ON agreement (updated_at DESC, id DESC);
