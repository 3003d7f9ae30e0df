/**
 * The clause library of standard articles: its page (`/library/`) with versions and the administrators' editor,
 * and its REST resource.
 */
package org.pactum.web.library;
