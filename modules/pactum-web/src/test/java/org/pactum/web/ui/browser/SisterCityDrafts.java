package org.pactum.web.ui.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.json.JsonValue;

import org.pactum.web.support.Api;

/** New sister-city drafts between Omsk and Pavlodar, made through the REST API as the drafter would: one per test. */
final class SisterCityDrafts {

    private SisterCityDrafts() {
    }

    /** Creates a draft in Russian and Kazakh from the sister-city template and returns its id. */
    static long create(Api api) {
        String body = """
                {"kind":"SISTER_CITY_AGREEMENT","template":"sister-city-agreement","languages":["ru","kk"],
                 "title":{"ru":"Соглашение о побратимстве (проверка редактора)","kk":"Бауырластық туралы келісім (редакторды тексеру)"},
                 "partyIds":[%d,%d],"areas":["CULTURE","EDUCATION"],
                 "term":{"startsOn":null,"years":5,"autoRenewal":true}}
                """.formatted(partyId(api, "Администрация города Омска"), partyId(api, "Акимат города Павлодара"));
        Api.Reply created = api.post("api/v1/agreements", "drafter", body);
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonNumber("id").longValue();
    }

    private static long partyId(Api api, String organization) {
        Api.Reply parties = api.get("api/v1/parties?q=" + URLEncoder.encode(organization, StandardCharsets.UTF_8), "drafter");
        assertEquals(200, parties.status(), parties::toString);
        return parties.array().stream().map(JsonValue::asJsonObject)
                .filter(party -> party.getJsonObject("organization").getString("ru").equals(organization))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }
}
