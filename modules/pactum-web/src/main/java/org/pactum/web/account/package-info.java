/**
 * The signed-in person's own profile: where Pactum mails them, in which language it writes to them, and their
 * password.
 */
package org.pactum.web.account;
