/**
 * Signing an agreement: the REST resources for signatures, external-tool preparations and the signed document, the
 * signing page's backing bean and its texts.
 */
package org.pactum.web.signing;
