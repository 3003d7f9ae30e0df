/**
 * Signing in and out, where to go after signing in, a login form sent after its session ended, and who the
 * caller is (`/me`).
 */
package org.pactum.web.session;
