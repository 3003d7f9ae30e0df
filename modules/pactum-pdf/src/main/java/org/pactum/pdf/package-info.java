/**
 * Pactum's documents as PDF. The only module that imports OpenPDF, so a change of PDF library stays inside it; fonts
 * come embedded from the class path, never from the host. Its packages follow what they draw:
 * <ul>
 * <li>{@link org.pactum.pdf.layout} — what every document shares: the embedded fonts and their stable subset tags,
 * the colours, the running page frame with "page X of Y";</li>
 * <li>{@link org.pactum.pdf.agreement} — the agreement the parties sign, with an empty slot per party for the visible
 * signature;</li>
 * <li>{@link org.pactum.pdf.certificate} — the certificate of completion from the audit trail.</li>
 * </ul>
 * The signature work will live here too, in a package {@code org.pactum.pdf.signature} of its own: reserving a
 * signature field over a party's {@link org.pactum.pdf.agreement.SignatureSlot}, embedding a CMS signature in an
 * incremental update (so the bytes already signed stay untouched), and reading a signed file's revisions back for
 * verification. It will build on the agreement's rendered bytes, not on the layout's internals.
 */
package org.pactum.pdf;
