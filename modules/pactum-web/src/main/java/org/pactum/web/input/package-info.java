/**
 * Strict reading of what an API client sends: JSON bodies checked against the type they bind to, and typed path,
 * query and header parameters, each refused as a problem naming the field or parameter instead of being guessed at.
 */
package org.pactum.web.input;
