/**
 * For tests only: EU DSS validates a signed PDF, called from another class loader through JDK types alone.
 */
package org.pactum.dsscheck;
