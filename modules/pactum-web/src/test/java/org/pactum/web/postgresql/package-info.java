/**
 * Runs the Arquillian integration tests against a real PostgreSQL instead of the in-memory H2, when the failsafe run
 * asks for it ({@code pactum.it.database=postgresql}): each server boot gets a fresh, empty database.
 */
package org.pactum.web.postgresql;
