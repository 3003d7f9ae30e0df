package org.pactum.web.signing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.AgreementQuery;
import org.pactum.domain.agreement.AgreementStatus;
import org.pactum.domain.query.ResultPage;
import org.pactum.registry.boundary.AgreementRegistry;
import org.pactum.signing.boundary.Signing;
import org.pactum.signing.entity.PartyTurn;
import org.pactum.signing.entity.SigningState;
import org.pactum.web.faces.CurrentUser;
import org.pactum.web.faces.DateDisplay;
import org.pactum.web.faces.LanguageBacking;
import org.pactum.web.faces.Shown;
import org.pactum.web.registry.AgreementRow;

/**
 * What waits for the signed-in signer: every agreement awaiting signatures that the user signs for one of its parties,
 * those whose turn has come first. Few agreements await signatures at any time, so each one's signing order is read.
 */
@Named
@RequestScoped
public class AwaitingSignaturesBacking {

    @Inject
    AgreementRegistry registry;

    @Inject
    Signing signing;

    @Inject
    CurrentUser user;

    @Inject
    LanguageBacking language;

    @Inject
    DateDisplay dates;

    private List<AwaitingRow> rows;

    public List<AwaitingRow> getRows() {
        if (rows == null) {
            List<AwaitingRow> found = new ArrayList<>();
            for (AgreementStatus status : List.of(AgreementStatus.APPROVED, AgreementStatus.SIGNING)) {
                ResultPage<Agreement> page;
                int number = 0;
                do {
                    page = registry.search(new AgreementQuery(status, null, null, null, null, number++, AgreementQuery.MAX_SIZE));
                    page.items().forEach(agreement -> mine(agreement).ifPresent(found::add));
                } while (page.hasNext());
            }
            found.sort(Comparator.comparing(AwaitingRow::myTurn).reversed());
            rows = List.copyOf(found);
        }
        return rows;
    }

    public boolean isAnyMyTurn() {
        return getRows().stream().anyMatch(AwaitingRow::myTurn);
    }

    private Optional<AwaitingRow> mine(Agreement agreement) {
        SigningState state = signing.state(agreement.id());
        String me = user.getUsername();
        boolean signsIt = state.parties().stream().anyMatch(turn -> turn.signers().contains(me) && !turn.hasSigned());
        Optional<PartyTurn> next = state.next();
        if (!signsIt || next.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AwaitingRow(AgreementRow.of(agreement, language.getLanguage(), dates),
                next.get().signers().contains(me), Shown.of(next.get().organization(), language.getLanguage()).text()));
    }
}
