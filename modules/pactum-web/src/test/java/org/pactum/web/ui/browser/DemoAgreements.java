package org.pactum.web.ui.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The demo agreements the browser tests read, opened from the registry by what they say, as a person finds them.
 * Other tests add agreements of their own (a new sister-city draft, say), so each is found by its status too.
 */
final class DemoAgreements {

    static final Pattern NUMBER = Pattern.compile("PA-\\d{4}-\\d{5}");
    static final String KAZAKH_SISTER_CITY_TITLE =
            "Омбы қаласы мен Павлодар қаласы арасында бауырлас қалалар байланысын орнату туралы келісім";
    static final String EAST_KAZAKHSTAN_MEMORANDUM =
            "Торгово-промышленной палатой Омской области и акиматом Восточно-Казахстанской области";
    static final String OMSK_PAVLODAR_TRADE_TITLE =
            "Соглашение между Правительством Омской области и акиматом Павлодарской области о торгово-экономическом";
    private static final String SISTER_CITIES = "побратимских";
    private static final String BORDER_TRADE = "приграничной";

    private DemoAgreements() {
    }

    /** The Omsk–Pavlodar sister-city agreement, signed. */
    static AgreementPage openSisterCityAgreement(BrowserUser user) {
        AgreementPage agreement = RegistryPage.open(user, "?status=SIGNED&q=" + URLEncoder.encode(SISTER_CITIES, StandardCharsets.UTF_8))
                .openTitled(SISTER_CITIES);
        assertTrue(NUMBER.matcher(agreement.number()).matches(), agreement.number());
        return agreement;
    }

    /**
     * The Omsk–Pavlodar agreement on trade and border trade, in a status: approved in the demo data, waiting for
     * signer1 (Omsk) and then signer2 (Pavlodar).
     */
    static AgreementPage openOmskPavlodarTradeAgreement(BrowserUser user, String status) {
        return RegistryPage.open(user, "?status=" + status + "&q=" + URLEncoder.encode(BORDER_TRADE, StandardCharsets.UTF_8))
                .openTitled(OMSK_PAVLODAR_TRADE_TITLE);
    }

    /** The memorandum of the Omsk chamber of commerce with the East Kazakhstan region: a draft in negotiation. */
    static AgreementPage openEastKazakhstanMemorandum(BrowserUser user) {
        return RegistryPage.open(user, "?status=DRAFT&region=KZ-63").openTitled(EAST_KAZAKHSTAN_MEMORANDUM);
    }
}
