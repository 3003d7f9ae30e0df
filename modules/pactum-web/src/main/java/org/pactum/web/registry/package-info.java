/**
 * The registry of agreements: the searchable list page (`/registry/`) and the REST collection of agreements with
 * its lifecycle steps.
 */
package org.pactum.web.registry;
