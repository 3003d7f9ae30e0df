package org.pactum.web.support;

import jakarta.json.JsonObject;

/**
 * Signs an approved agreement for every party in turn, each time as the first signer the next party names, with the
 * key demo mode gives every demo signer (PIN {@value #PIN}).
 */
public final class DemoSigners {

    public static final String PIN = "demo";

    private DemoSigners() {
    }

    /** @return the agreement as it reads after the last signature */
    public static JsonObject signByEveryParty(Api api, long agreementId) {
        String path = "api/v1/agreements/" + agreementId + "/signatures";
        for (int guard = 0; guard < 10; guard++) {
            JsonObject state = api.get(path, "auditor").json();
            if (!state.containsKey("next") || state.isNull("next")) {
                return api.get("api/v1/agreements/" + agreementId, "auditor").json();
            }
            String signer = state.getJsonObject("next").getJsonArray("signers").getString(0);
            Api.Reply signed = api.post(path, signer, "{\"keySource\":\"server\",\"pin\":\"" + PIN + "\"}");
            if (signed.status() != 201) {
                throw new AssertionError("signing as " + signer + " failed: " + signed);
            }
        }
        throw new AssertionError("agreement " + agreementId + " still awaits signatures after ten");
    }
}
