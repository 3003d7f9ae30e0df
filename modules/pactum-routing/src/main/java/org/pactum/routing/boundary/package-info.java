/** Routing's way in: submitting to a route, deciding, delegating, the inbox, and setting routes up. */
package org.pactum.routing.boundary;
