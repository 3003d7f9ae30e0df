/**
 * The root of Pactum's one unchecked exception hierarchy and its general conditions (not found, duplicate, invalid input
 * with its field errors, stale version), one class per condition, so the web layer can map each to a stable problem
 * type; the conditions of one area, such as an illegal lifecycle transition, live in that area's package.
 */
package org.pactum.domain.error;
