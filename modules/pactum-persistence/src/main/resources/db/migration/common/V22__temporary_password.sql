-- Pactum schema, version 18: whether an account's password was set by an administrator (a temporary password, or the
-- initial password of an account an administrator created), which its owner must replace at the next sign-in.
-- Portable SQL for H2 2.x and PostgreSQL 15+. Existing accounts keep their passwords as their own.
ALTER TABLE user_account ADD COLUMN password_temporary BOOLEAN DEFAULT FALSE NOT NULL;
