/** Who agrees with whom: the parties to agreements and the regions they belong to. */
package org.pactum.domain.party;
