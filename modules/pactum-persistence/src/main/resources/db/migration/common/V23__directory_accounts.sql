-- Pactum schema, version 23: accounts of people the directory (LDAP) knows, made at their first sign-in. The directory
-- checks their password, so they have none here, and gives their roles from its groups at every sign-in.
-- Portable SQL for H2 2.x and PostgreSQL 15+. Existing accounts stay Pactum's own.
ALTER TABLE user_account ADD COLUMN from_directory BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE user_account ALTER COLUMN password_hash DROP NOT NULL;
