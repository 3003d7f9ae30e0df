/**
 * The language of Pactum: agreements with their wording, revisions and lifecycle, parties and regions, templates and
 * the clause library, comments, users, and the audit trail's rules; plain Java, no container code.
 */
package org.pactum.domain;
