/**
 * What routing hands out besides the domain's own types: a pending task as its approver's inbox shows it, and the
 * approval sheet as a file.
 */
package org.pactum.routing.entity;
