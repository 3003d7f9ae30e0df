/**
 * What the nodes of a cluster share in memory: maps held by Payara's Hazelcast when {@code pactum.cluster.members} is
 * set, this node's own maps otherwise, so the same code serves one node and many.
 */
package org.pactum.web.cluster;
