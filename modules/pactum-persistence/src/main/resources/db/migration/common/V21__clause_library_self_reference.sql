-- The shipped clause library said "настоящего Соглашения" / "осы Келісімді" / "this Agreement" even when an article
-- was taken into a memorandum. Its articles now name the document by a placeholder that the agreement's kind fills
-- ({document.genitive} → "настоящего Меморандума"). Versions are never changed (V8), so where the latest version
-- still holds the exact phrases the shipped library had, a new version is added with those phrases replaced; any
-- other wording an administrator wrote is kept as it is. A database without a library gets the new one on first start.
INSERT INTO clause_library_version (version, languages, clauses, saved_by, saved_at)
SELECT version + 1, languages, rewritten, 'pactum', CURRENT_TIMESTAMP
FROM (
    SELECT version, languages, CAST(clauses AS VARCHAR(1000000)) AS original,
        REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(clauses AS VARCHAR(1000000)),
            'настоящего Соглашения', '{document.genitive}'),
            'по настоящему Соглашению', 'по {document.dative}'),
            'в настоящее Соглашение', 'в {document.accusative}'),
            'осы Келісімді', '{document.accusative}'),
            'Осы Келісім бойынша', '{Document.nominative} бойынша'),
            'осы Келісім бойынша', '{document.nominative} бойынша'),
            'осы Келісімге', '{document.dative}'),
            'осы Келісімнің', '{document.genitive}'),
            'this Agreement', '{document.nominative}') AS rewritten
    FROM clause_library_version
    WHERE version = (SELECT MAX(version) FROM clause_library_version)
) latest
WHERE rewritten <> original;
