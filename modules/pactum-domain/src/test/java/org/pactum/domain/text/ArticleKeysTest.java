package org.pactum.domain.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ArticleKeysTest {

    @Test
    void aNewArticleOfAFreshWordingIsTheFirst() {
        assertEquals("c-1", ArticleKeys.none().next());
    }

    @Test
    void aNewArticleNeverTakesTheKeyOfOneRemovedEarlier() {
        // c-3 was removed in an earlier revision; only c-1 and c-2 are in the wording now.
        ArticleKeys keys = ArticleKeys.takenBy(List.of("c-1", "c-2", "c-3"));

        assertEquals("c-4", keys.next());
    }

    @Test
    void keysOfTheLibraryOrGivenByHandDoNotCountButAreNotReused() {
        ArticleKeys keys = ArticleKeys.takenBy(List.of("subject", "force-majeure", "c-2"));

        assertEquals("c-3", keys.next());
        assertTrue(keys.isTaken("subject"));
    }

    @Test
    void everyNewArticleGetsAKeyOfItsOwn() {
        ArticleKeys keys = ArticleKeys.none();

        assertEquals(List.of("c-1", "c-2", "c-3"), List.of(keys.next(), keys.next(), keys.next()));
        assertEquals(3, keys.taken().size());
    }
}
