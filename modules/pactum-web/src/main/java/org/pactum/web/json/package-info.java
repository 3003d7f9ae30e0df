/**
 * JSON pieces every REST resource shares (localized texts, language codes, versions, pages of results) and the
 * JAX-RS application itself.
 */
package org.pactum.web.json;
