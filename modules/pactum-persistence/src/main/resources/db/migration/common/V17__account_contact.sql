-- Pactum schema, version 17: each account's e-mail address and the language Pactum writes to it in. Portable SQL for
-- H2 2.x and PostgreSQL 15+ (one column per ALTER TABLE, as both accept it).
--
-- Both may stay empty: no address means notifications in the application only, no language means the installation's
-- (pactum.mail.language). 254 characters is the longest path RFC 5321 allows; the language is an ISO 639-1 code.
ALTER TABLE user_account ADD COLUMN email VARCHAR(254);

ALTER TABLE user_account ADD COLUMN language VARCHAR(2);

ALTER TABLE user_account ADD CONSTRAINT user_account_language CHECK (language IN ('ru', 'kk', 'en'));
