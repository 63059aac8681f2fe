package org.sleepkb.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sleepkb.corpus.EvidenceGrade;
import org.sleepkb.search.safety.HitSafety;

/** What the folded part of a hit's safety panel says it holds. */
class SafetyPanelTest {

    private static SafetyPanel panel(boolean stale, String note, String regulatory) {
        return new SafetyPanel(new HitSafety(EvidenceGrade.UNRATED, LocalDate.of(2026, 5, 3), stale, note, List.of(),
                null, null, 0, regulatory));
    }

    @Test
    void theFoldNamesWhatItHolds() {
        assertEquals("Regulation, editor’s note", panel(false, "A note.", "Not approved.").foldedLabel());
        assertEquals("Regulation, review", panel(false, " ", "Not approved.").foldedLabel());
        assertEquals("Review", panel(false, null, null).foldedLabel());
    }

    @Test
    void anOverdueReviewIsNamedFirstSoTheFoldDoesNotHideIt() {
        assertEquals("Review overdue, regulation", panel(true, null, "Not approved.").foldedLabel());
        assertEquals("Review overdue", panel(true, null, null).foldedLabel());
    }
}
