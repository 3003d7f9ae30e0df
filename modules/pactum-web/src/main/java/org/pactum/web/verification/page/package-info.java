/**
 * The auditor's verification page: a PDF uploaded and its report shown — the verdict on the document and on each
 * signature, what changed after each, the agreement the register ties it to — or a stored report opened again by id.
 */
package org.pactum.web.verification.page;
