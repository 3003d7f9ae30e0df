/** The languages an agreement is written in and text held once per language. */
package org.pactum.domain.language;
