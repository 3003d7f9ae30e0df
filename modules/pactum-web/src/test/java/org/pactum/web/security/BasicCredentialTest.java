package org.pactum.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class BasicCredentialTest {

    private static String basic(String raw) {
        return "Basic " + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void reads_username_and_password_with_colons_and_non_ascii() {
        var credential = PactumAuthentication.basicCredential(basic("drafter:pa:ss-Әке")).orElseThrow();
        assertEquals("drafter", credential.getCaller());
        assertEquals("pa:ss-Әке", credential.getPasswordAsString());
        assertTrue(PactumAuthentication.basicCredential("basic " + Base64.getEncoder().encodeToString("a:b".getBytes())).isPresent());
    }

    @Test
    void anything_else_is_no_credential() {
        assertTrue(PactumAuthentication.basicCredential(null).isEmpty());
        assertTrue(PactumAuthentication.basicCredential("Bearer abc").isEmpty());
        assertTrue(PactumAuthentication.basicCredential("Basic ***").isEmpty());
        assertTrue(PactumAuthentication.basicCredential(basic("no-colon")).isEmpty());
        assertTrue(PactumAuthentication.basicCredential(basic(":empty-user")).isEmpty());
    }
}
