/** Transactional facades of the registry: the agreement registry itself, and the directory of regions and parties. */
package org.pactum.registry.boundary;
