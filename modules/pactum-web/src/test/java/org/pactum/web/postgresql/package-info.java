/**
 * Runs the integration tests against a real PostgreSQL instead of the in-memory H2, when the failsafe run asks for it
 * ({@code pactum.it.database=postgresql}): each Arquillian deployment's boot gets a fresh, empty database, and so does
 * the shared API server ({@code SharedApiServer}) when it starts.
 */
package org.pactum.web.postgresql;
