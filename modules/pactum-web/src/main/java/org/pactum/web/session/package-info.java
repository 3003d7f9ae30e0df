/**
 * Signing in and out, where to go after signing in, a login form sent after its session ended, who the caller is
 * (`/me`), and the sign-in locks administrators may end (`/sign-in-locks`).
 */
package org.pactum.web.session;
