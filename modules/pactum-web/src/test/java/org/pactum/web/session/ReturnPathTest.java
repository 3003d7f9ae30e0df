package org.pactum.web.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/agreement/agreement.xhtml?id=3", "/registry/agreements.xhtml?q=%D0%9F&status=SIGNED", "/ab"})
    void a_path_inside_the_application_is_followed(String next) {
        assertEquals(next, ReturnPath.orDefault(next));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "//evil.example/", "/\\evil.example", "https://evil.example/", "agreements.xhtml",
            "/a\r\nSet-Cookie: x=y", "/a\\b", "javascript:alert(1)"})
    void anything_that_could_leave_the_application_leads_to_the_registry(String next) {
        assertEquals(ReturnPath.DEFAULT, ReturnPath.orDefault(next));
    }

    @org.junit.jupiter.api.Test
    void no_target_leads_to_the_registry() {
        assertEquals(ReturnPath.DEFAULT, ReturnPath.orDefault(null));
    }
}
