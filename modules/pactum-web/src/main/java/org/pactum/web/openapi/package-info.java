/**
 * Completes the OpenAPI description Payara Micro generates from the resources at {@code /openapi}: unique operation
 * ids, each operation's error answers as RFC 9457 problem+json derived from the resource annotations, and nothing
 * that is not standard OpenAPI.
 */
package org.pactum.web.openapi;
