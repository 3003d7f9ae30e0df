/** Every error a client sees, as RFC 9457 problem+json with a stable type; never a stack trace. */
package org.pactum.web.problem;
