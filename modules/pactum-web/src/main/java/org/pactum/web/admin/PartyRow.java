package org.pactum.web.admin;

import java.io.Serializable;
import java.util.List;

/**
 * One party in the parties' list, in the page's language.
 *
 * @param lang    the language the organisation and signatory are shown in
 * @param signers the names of the users who sign for it
 */
public record PartyRow(long id, String organization, String lang, String region, String signatory,
                       List<String> signers) implements Serializable {
}
