/**
 * Who is calling and what the browser may do: HTTP Basic for the REST API and a login form for the UI, both against
 * the users in the database and, when one is configured, the staff directory (LDAP); for the UI also the
 * organisation's OpenID Connect provider, when one is configured ({@code oidc}); throttled after wrong passwords
 * and hashing within bounds; the same throttle for the PINs of server-held signing keys; how long a page session
 * lasts; the roles check of every REST method; and the protective headers of every response.
 */
package org.pactum.web.security;
