/**
 * Agreement templates: the standard wording of each kind of agreement, with placeholders for what differs between
 * agreements (parties, areas, term), from which drafts and previews are filled.
 */
package org.pactum.domain.template;
