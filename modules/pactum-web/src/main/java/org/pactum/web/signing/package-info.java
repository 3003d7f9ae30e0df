/**
 * Signing an agreement: the REST resources for signatures, external-tool preparations and the signed document, the
 * PIN throttle around the server-held keys and its locks for administrators, the signing page's backing bean and its
 * texts.
 */
package org.pactum.web.signing;
