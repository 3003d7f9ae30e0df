/** Approval routes in the WAR: the routes, groups and absences administrators set, each approver's tasks, decisions. */
package org.pactum.web.routing;
