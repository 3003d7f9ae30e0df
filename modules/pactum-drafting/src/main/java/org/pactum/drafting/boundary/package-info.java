/** The drafting capability as the application sees it: the catalogue of agreement templates. */
package org.pactum.drafting.boundary;
