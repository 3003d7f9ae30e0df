package org.pactum.web.audit;

/**
 * One entry of a filter's list: the value the trail records (a login, an action code) under the words people read
 * (the person's name, the action's label).
 */
public record Choice(String value, String label) {
}
