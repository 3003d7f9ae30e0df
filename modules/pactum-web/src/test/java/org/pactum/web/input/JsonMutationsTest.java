package org.pactum.web.input;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The fuzz test's bodies are the same for the same seed, and they differ from the valid body and from each other. */
class JsonMutationsTest {

    private static final String VALID = "{\"a\":[1,2],\"b\":{\"c\":\"x\"},\"d\":true}";

    @Test
    void the_same_seed_gives_the_same_bodies() {
        JsonMutations first = new JsonMutations(13);
        JsonMutations second = new JsonMutations(13);
        for (int i = 0; i < 200; i++) {
            assertArrayEquals(first.mutate(VALID), second.mutate(VALID));
        }
    }

    @Test
    void the_bodies_vary_and_each_changes_the_valid_one() {
        JsonMutations mutations = new JsonMutations(7);
        Set<String> bodies = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String body = new String(mutations.mutate(VALID), StandardCharsets.UTF_8);
            bodies.add(body);
        }
        assertTrue(bodies.size() > 150, "distinct bodies: " + bodies.size());
        assertTrue(bodies.stream().anyMatch(body -> body.contains("18446744073709551617")));
        assertTrue(bodies.stream().anyMatch(body -> body.startsWith("{") && body.indexOf("\"a\":") != body.lastIndexOf("\"a\":")),
                "some body repeats a name");
    }
}
