-- Pactum schema, version 27: which service keeps an account that is not Pactum's own, the directory (LDAP) or the
-- single sign-on service (OpenID Connect), as the person last signed in through it: the pages name that service. The
-- accounts kept outside before this version share one mark (from_directory), which cannot tell; theirs stays empty
-- until their next sign-in fills it, and the pages meanwhile speak of the service that is configured.
-- Portable SQL for H2 2.x and PostgreSQL 15+.
ALTER TABLE user_account ADD COLUMN kept_by VARCHAR(20);
ALTER TABLE user_account ADD CONSTRAINT user_account_kept_by CHECK (
    kept_by IS NULL OR (from_directory = TRUE AND kept_by IN ('DIRECTORY', 'SINGLE_SIGN_ON')));
