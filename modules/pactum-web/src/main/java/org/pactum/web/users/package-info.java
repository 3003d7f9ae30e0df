/**
 * User accounts kept by administrators, over REST ({@code /api/v1/users}) and for the administration pages: create,
 * change roles and contact, deactivate and reactivate, set a temporary password, end a sign-in lock, and name the
 * parties a signer signs for — each change one audit event in its own transaction.
 */
package org.pactum.web.users;
