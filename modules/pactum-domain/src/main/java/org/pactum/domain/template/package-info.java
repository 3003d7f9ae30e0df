/**
 * Agreement templates and the clause library, each kept as stored versions: the standard wording of each kind of
 * agreement, with placeholders for what differs between agreements (parties, areas, term), and the standard articles
 * a draft may take in.
 */
package org.pactum.domain.template;
