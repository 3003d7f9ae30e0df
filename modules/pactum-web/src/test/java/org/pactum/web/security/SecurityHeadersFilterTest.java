package org.pactum.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    /** Chromium holds the sign-out form's redirect to the provider to form-action: seen against Keycloak 26.7.3. */
    @Test
    void with_openid_connect_on_the_pages_forms_may_also_lead_to_the_providers_origin_and_nowhere_else() {
        String policy = SecurityHeadersFilter.allowingFormsTo("https://sso.example.org");
        assertTrue(policy.contains("; form-action 'self' https://sso.example.org; "), policy);
        assertEquals(SecurityHeadersFilter.CONTENT_SECURITY_POLICY,
                policy.replace(" https://sso.example.org", ""), "otherwise the same policy");
    }
}
