/** What /health reports beyond the server itself: whether Pactum can reach its database. */
package org.pactum.web.health;
