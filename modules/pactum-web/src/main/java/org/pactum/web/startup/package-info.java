/** What happens when the application starts: schema migration, then demo data or the production checks. */
package org.pactum.web.startup;
