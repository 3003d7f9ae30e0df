-- Pactum schema, version 4: registration numbers, given to an agreement when it is approved (e.g. МС-2026/017).
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+.

-- One row per calendar year and kind: the last serial given. Approvals lock their row until they commit, so serials
-- are gap-free: a rolled-back approval gives its serial back. (YEAR is a keyword in H2, hence calendar_year.)
CREATE TABLE registration_counter (
    calendar_year INTEGER     NOT NULL,
    kind          VARCHAR(40) NOT NULL,
    last_serial   BIGINT      NOT NULL,
    PRIMARY KEY (calendar_year, kind)
);

-- All null until the agreement is approved.
ALTER TABLE agreement ADD COLUMN registration_number VARCHAR(60);
ALTER TABLE agreement ADD COLUMN registration_date DATE;
ALTER TABLE agreement ADD COLUMN registration_year INTEGER;
ALTER TABLE agreement ADD COLUMN registration_kind VARCHAR(40);
ALTER TABLE agreement ADD COLUMN registration_serial BIGINT;
ALTER TABLE agreement ADD CONSTRAINT agreement_registration_number_uq UNIQUE (registration_number);
-- Whatever the number format, one serial of a year and kind belongs to one agreement.
ALTER TABLE agreement ADD CONSTRAINT agreement_registration_serial_uq UNIQUE (registration_year, registration_kind, registration_serial);
