/** REST API v1: thin resources that map HTTP to one registry call each, and the JSON shapes they exchange. */
package org.pactum.web.api;
