/** What verification reports, in the ETSI EN 319 102-1 vocabulary EU DSS uses. */
package org.pactum.verification.entity;
