package org.pactum.audit.boundary;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.pactum.domain.audit.AuditAction;
import org.pactum.domain.audit.PartyRecorded;
import org.pactum.domain.audit.RegionRecorded;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.party.Party;

/**
 * Records every change of the directory — a region added or renamed, a party added or changed, who may sign for a
 * party — inside the transaction that made it. The details hold the names as they are after the change, so the trail
 * alone tells what a party was called when an agreement printed it.
 */
@ApplicationScoped
public class DirectoryAuditing {

    @Inject
    AuditTrail trail;

    void onRegion(@Observes RegionRecorded recorded) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("region", recorded.region().code());
        put(details, "name", recorded.region().name());
        trail.record(trail.fromCaller(recorded.action(), recorded.actor(), null, null, null, details));
    }

    void onParty(@Observes PartyRecorded recorded) {
        Party party = recorded.party();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("party", party.id());
        if (recorded.action() == AuditAction.PARTY_SIGNERS_NAMED) {
            details.put("signers", recorded.signers());
        } else {
            details.put("region", party.region().code());
            put(details, "organization", party.organization());
            put(details, "signatoryName", party.signatoryName());
            put(details, "signatoryPosition", party.signatoryPosition());
        }
        trail.record(trail.fromCaller(recorded.action(), recorded.actor(), null, null, null, details));
    }

    /** One detail per language, {@code name.ru}, {@code name.kk}: the audit screen shows details as flat lines. */
    private static void put(Map<String, Object> details, String name, LocalizedText text) {
        text.asMap().forEach((language, value) -> details.put(name + "." + language.code(), value));
    }
}
