/**
 * Plain logic of drafting: reading templates from their resource files and filling them from an agreement into the
 * texts that are printed and signed, and comparing two revisions clause by clause and word by word,
 * and merging a late save with what was saved meanwhile, cell by cell.
 */
package org.pactum.drafting.control;
