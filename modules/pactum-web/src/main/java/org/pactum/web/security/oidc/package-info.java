/**
 * Signing in on the pages through the organisation's OpenID Connect provider (authorization code flow with state,
 * nonce and PKCE, as a confidential client), inside Pactum's one authentication mechanism; off while
 * {@code pactum.oidc.issuer} is not set. The protocol is the Nimbus OAuth 2.0 / OpenID Connect SDK's; what is
 * Pactum's is the settings, the session's pending sign-in, and the local account a person gets.
 */
package org.pactum.web.security.oidc;
