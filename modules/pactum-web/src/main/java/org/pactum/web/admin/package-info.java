/**
 * The administration pages: users, regions and parties, for administrators only (web.xml grants /admin/* to ADMIN).
 */
package org.pactum.web.admin;
