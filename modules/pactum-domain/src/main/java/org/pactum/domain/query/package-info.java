/** What every search of a repository port returns: one page of results and the total. */
package org.pactum.domain.query;
