/** The checks, without container code: each signature's bytes, CMS, certificates and timestamps, and each later revision. */
package org.pactum.verification.control;
