package org.pactum.web.routing;

import java.io.Serializable;

import org.pactum.web.faces.Shown;

/**
 * A task on the approver's list, as shown.
 *
 * @param stage       e.g. "2/2"
 * @param onBehalfOf  the person the approver decides for (delegated or escalated to them), by name; or null
 * @param deputyFor   the absent approver whose task this is, by name; or null
 */
public record TaskRow(long agreementId, String number, Shown title, String stage, Shown stageName, String opened,
                      String due, boolean overdue, String onBehalfOf, String deputyFor) implements Serializable {
}
