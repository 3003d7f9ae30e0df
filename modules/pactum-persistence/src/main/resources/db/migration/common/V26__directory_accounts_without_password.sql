-- Pactum schema, version 26: an account the directory (LDAP) keeps has no password of Pactum's. Before Pactum refused
-- it, an administrator could give such an account a temporary password; that hash was never asked for while directory
-- sign-in was on, but it would open the account if directory sign-in were turned off. Cleared here, with the mark that
-- it must be changed; the version counts the change, so a form opened before the upgrade saves nothing over it.
-- Pactum's own accounts keep their passwords. Portable SQL for H2 2.x and PostgreSQL 15+.
UPDATE user_account
   SET password_hash = NULL, password_temporary = FALSE, version = version + 1
 WHERE from_directory = TRUE AND (password_hash IS NOT NULL OR password_temporary = TRUE);
