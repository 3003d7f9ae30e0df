/**
 * Plain logic of drafting: reading templates from their resource files and filling them from an agreement into the
 * texts that are printed and signed.
 */
package org.pactum.drafting.control;
