/**
 * The template catalogue: the list and one template (`/templates/`), the administrators' editor
 * (`/templates/edit/`), the form model it keeps between requests, and the REST resource.
 */
package org.pactum.web.templates;
