/**
 * The Jakarta Faces user interface: pages for the registry of agreements, drafting them from templates and the clause
 * library, their lifecycle and the audit trail, in Russian, Kazakh and English. Backing beans only collect input, call
 * a boundary and show messages; what a page shows of an agreement is prepared as small serializable views in the user's language.
 */
package org.pactum.web.ui;
