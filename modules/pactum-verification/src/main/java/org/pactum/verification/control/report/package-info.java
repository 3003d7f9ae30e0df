/**
 * The verification report as an A4 PDF for an auditor's file: a stored report's canonical JSON read back and laid out
 * in Russian, Kazakh or English, with the Liberation fonts pactum-pdf embeds.
 */
package org.pactum.verification.control.report;
