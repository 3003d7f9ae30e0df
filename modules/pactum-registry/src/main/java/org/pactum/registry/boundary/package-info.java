/**
 * Transactional facades of the registry: the agreement registry itself, the registration numbers it gives on
 * approval, and the directory of regions and parties.
 */
package org.pactum.registry.boundary;
