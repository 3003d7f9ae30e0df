/**
 * JMH benchmarks of the costs a user of Pactum feels; run from target/benchmarks.jar, results in docs/performance.md.
 */
package org.pactum.benchmarks;
