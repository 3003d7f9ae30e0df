package org.pactum.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.pactum.web.security.PasswordChangeFilter.Verdict;

class PasswordChangeFilterTest {

    @Test
    void a_user_with_their_own_password_goes_anywhere() {
        assertEquals(Verdict.PASS, PasswordChangeFilter.decide("GET", "/registry/agreements.xhtml", () -> false));
        assertEquals(Verdict.PASS, PasswordChangeFilter.decide("GET", "/api/v1/agreements", () -> false));
    }

    @Test
    void pages_of_a_temporary_password_lead_to_the_profile() {
        assertEquals(Verdict.TO_PROFILE, PasswordChangeFilter.decide("GET", "/registry/agreements.xhtml", () -> true));
        assertEquals(Verdict.TO_PROFILE, PasswordChangeFilter.decide("GET", "/", () -> true));
        assertEquals(Verdict.TO_PROFILE, PasswordChangeFilter.decide("POST", "/admin/users.xhtml", () -> true));
    }

    @Test
    void the_profile_the_login_page_stylesheets_and_public_pages_stay_open() {
        for (String path : new String[] {"/account/profile.xhtml", "/login.xhtml",
                "/jakarta.faces.resource/css/pactum.css.xhtml", "/public/agreement.xhtml"}) {
            assertEquals(Verdict.PASS, PasswordChangeFilter.decide("GET", path, () -> true), path);
        }
        assertEquals(Verdict.PASS, PasswordChangeFilter.decide("POST", "/account/profile.xhtml", () -> true));
    }

    @Test
    void the_api_refuses_all_but_changing_the_password_and_saying_who_the_caller_is() {
        assertEquals(Verdict.REFUSED, PasswordChangeFilter.decide("GET", "/api/v1/agreements", () -> true));
        assertEquals(Verdict.REFUSED, PasswordChangeFilter.decide("GET", "/api/v1/me/password", () -> true));
        assertEquals(Verdict.REFUSED, PasswordChangeFilter.decide("PUT", "/api/v1/me/profile", () -> true));
        assertEquals(Verdict.REFUSED, PasswordChangeFilter.decide("GET", "/metrics", () -> true));
        assertEquals(Verdict.PASS, PasswordChangeFilter.decide("PUT", "/api/v1/me/password", () -> true));
        assertEquals(Verdict.PASS, PasswordChangeFilter.decide("GET", "/api/v1/me", () -> true));
    }

    @Test
    void exempt_addresses_never_look_the_flag_up() {
        assertEquals(Verdict.PASS, PasswordChangeFilter.decide("GET", "/jakarta.faces.resource/x.css",
                () -> fail("looked up")));
    }
}
