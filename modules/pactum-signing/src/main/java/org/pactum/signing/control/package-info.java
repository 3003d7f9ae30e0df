/**
 * The one signing path, data to sign → a key signs it → the CMS embedded, shared by every key source (a PKCS#12 or
 * PKCS#11 key held by the server, or a client's own tool handing back a CMS), with the timestamps and validation data
 * that take a signature on to the long-term PAdES levels.
 */
package org.pactum.signing.control;
