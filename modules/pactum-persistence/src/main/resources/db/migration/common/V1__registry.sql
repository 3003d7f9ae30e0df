-- Pactum schema, version 1: regions, parties, agreements, users.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+. Sequences, not identity columns,
-- because EclipseLink preallocates from them: allocation size = INCREMENT BY, and the first value must be at
-- least the allocation size (EclipseLink takes the block ending at the value it draws).

CREATE TABLE region (
    code        VARCHAR(10)   NOT NULL PRIMARY KEY,
    country     CHAR(2)       NOT NULL,
    name_ru     VARCHAR(1000) NOT NULL,
    name_kk     VARCHAR(1000),
    name_en     VARCHAR(1000),
    version     BIGINT        NOT NULL
);

CREATE SEQUENCE party_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE party (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    organization_ru       VARCHAR(1000) NOT NULL,
    organization_kk       VARCHAR(1000),
    organization_en       VARCHAR(1000),
    region_code           VARCHAR(10)   NOT NULL REFERENCES region (code),
    country               CHAR(2)       NOT NULL,
    signatory_name_ru     VARCHAR(1000) NOT NULL,
    signatory_name_kk     VARCHAR(1000),
    signatory_name_en     VARCHAR(1000),
    signatory_position_ru VARCHAR(1000) NOT NULL,
    signatory_position_kk VARCHAR(1000),
    signatory_position_en VARCHAR(1000),
    version               BIGINT        NOT NULL
);
CREATE INDEX party_region_idx ON party (region_code);

CREATE SEQUENCE agreement_seq START WITH 50 INCREMENT BY 50;
-- Reference numbers; gaps are harmless here (registration numbers, which must be gap-free, come separately).
CREATE SEQUENCE agreement_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE agreement (
    id                BIGINT                   NOT NULL PRIMARY KEY,
    number            VARCHAR(40)              NOT NULL UNIQUE,
    kind              VARCHAR(40)              NOT NULL,
    title_ru          VARCHAR(1000),
    title_kk          VARCHAR(1000),
    title_en          VARCHAR(1000),
    term_starts_on    DATE,
    term_years        INTEGER                  NOT NULL,
    term_auto_renewal BOOLEAN                  NOT NULL,
    status            VARCHAR(20)              NOT NULL,
    status_reason     VARCHAR(2000),
    created_by        VARCHAR(64)              NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by        VARCHAR(64)              NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT                   NOT NULL
);
CREATE INDEX agreement_status_idx ON agreement (status);
CREATE INDEX agreement_kind_idx ON agreement (kind);
CREATE INDEX agreement_updated_idx ON agreement (updated_at);

CREATE TABLE agreement_language (
    agreement_id BIGINT      NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    position     INTEGER     NOT NULL,
    language     VARCHAR(2)  NOT NULL,
    PRIMARY KEY (agreement_id, position)
);

CREATE TABLE agreement_party (
    agreement_id BIGINT  NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    party_id     BIGINT  NOT NULL REFERENCES party (id),
    PRIMARY KEY (agreement_id, position)
);
CREATE INDEX agreement_party_party_idx ON agreement_party (party_id);

CREATE TABLE agreement_area (
    agreement_id BIGINT      NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    area         VARCHAR(40) NOT NULL,
    PRIMARY KEY (agreement_id, area)
);

CREATE TABLE user_account (
    username      VARCHAR(64)  NOT NULL PRIMARY KEY,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    version       BIGINT       NOT NULL
);

CREATE TABLE user_role (
    username VARCHAR(64) NOT NULL REFERENCES user_account (username) ON DELETE CASCADE,
    role     VARCHAR(20) NOT NULL,
    PRIMARY KEY (username, role)
);
