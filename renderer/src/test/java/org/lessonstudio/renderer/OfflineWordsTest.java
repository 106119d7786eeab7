package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The offline drawer says what it can show of a description and what it cannot. */
class OfflineWordsTest {

    @Test
    void aBasketballFreeThrowInAGymIsNotDrawnOffline() {
        OfflineWords.Coverage c = OfflineWords.of("A basketball free throw in a school gym");
        assertEquals(List.of(), c.shown());
        assertEquals(List.of("basketball free throw", "school gym"), c.missing());
    }

    @Test
    void wavesUnderAGreySkyAreDrawnWhole() {
        OfflineWords.Coverage c = OfflineWords.of("Ocean waves rolling onto a beach under a grey sky");
        assertEquals(List.of("water", "clouds", "sky"), c.shown());
        assertEquals(List.of(), c.missing());
    }

    @Test
    void chineseWordsTheDrawerDoesNotKnowAreNamed() {
        OfflineWords.Coverage c = OfflineWords.of("夜晚的摩天轮和篮球场");
        assertEquals(List.of("night", "ferris wheel"), c.shown());
        assertEquals(List.of("篮球场"), c.missing());
    }
}
