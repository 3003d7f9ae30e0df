/** The trust anchors administrators manage through the REST API: national roots and the revocation lists under them. */
package org.pactum.web.trust;
