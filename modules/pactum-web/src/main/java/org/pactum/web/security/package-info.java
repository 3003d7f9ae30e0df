/** Who is calling: HTTP Basic for the REST API, a login form for the UI, both against the users in the database. */
package org.pactum.web.security;
