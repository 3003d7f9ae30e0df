/**
 * Signing in with a directory account (LDAP): the settings, the directory's answer about a username and password,
 * and the local account a directory user gets at the first sign-in; off while no directory is configured.
 */
package org.pactum.web.security.directory;
