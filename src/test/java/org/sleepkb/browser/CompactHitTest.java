package org.sleepkb.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;

/**
 * A hit is compact enough to scan a list: the top five hits (or as many as are listed) of the lay queries each fit a limited
 * height at desktop and phone width, while the subject's risk and key warning stay visible in the
 * hit itself and the card for what was searched stays above the hits.
 */
class CompactHitTest extends InTheBrowser {

    private static final int PHONE = 390;
    private static final Map<Integer, Integer> LIMITS = Map.of(DESKTOP_WIDTH, 260, PHONE, 420);
    private static final int TOP = 5;

    @ParameterizedTest
    @ValueSource(strings = {"melatonin", "kratom", "otc sleep aids"})
    void theTopHitsFitTheirHeight(String query) {
        List<String> tooTall = new ArrayList<>();
        for (int width : List.of(DESKTOP_WIDTH, PHONE)) {
            at(width, "/search?q=" + query.replace(' ', '+'));
            @SuppressWarnings("unchecked")
            List<Number> heights = (List<Number>) browser.executeScript(
                    "return [...document.querySelectorAll('ol.hits > li.hit')].slice(0, arguments[0])"
                            + ".map(hit => Math.round(hit.getBoundingClientRect().height));", TOP);
            System.out.printf("\"%s\" at %d px: hit heights %s (limit %d)%n", query, width, heights, LIMITS.get(width));
            assertFalse(heights.isEmpty(), query + ": no hits");
            if (heights.stream().anyMatch(height -> height.intValue() > LIMITS.get(width))) {
                tooTall.add(width + " px: " + heights + " (limit " + LIMITS.get(width) + ")");
            }
        }
        assertEquals(List.of(), tooTall, "\"" + query + "\": hits too tall");
    }

    @ParameterizedTest
    @ValueSource(strings = {"melatonin", "kratom", "otc sleep aids", "ambien and alcohol"})
    void theSubjectsRiskAndKeyWarningStayVisibleInTheHit(String query) {
        for (int width : List.of(DESKTOP_WIDTH, PHONE)) {
            at(width, "/search?q=" + query.replace(' ', '+'));
            // Every hit about a substance shows its risk badge; every hit whose subject has a warning shows it unfolded.
            @SuppressWarnings("unchecked")
            List<String> hidden = (List<String>) browser.executeScript(
                    "const shown = el => el && el.getClientRects().length > 0 && !el.closest('details:not([open]) > :not(summary)');"
                            + "return [...document.querySelectorAll('ol.hits > li.hit')].flatMap(hit => {"
                            + "  const title = hit.querySelector('.hit-title').textContent.trim();"
                            + "  const problems = [];"
                            + "  if (!shown(hit.querySelector('aside.safety .evidence'))) problems.push(title + ': evidence');"
                            + "  if (hit.querySelector('.risk-list') && !shown(hit.querySelector('.risk-list .badge'))) problems.push(title + ': risk');"
                            + "  const warning = hit.querySelector('.safety-warning');"
                            + "  if (warning && !shown(warning)) problems.push(title + ': warning');"
                            + "  return problems; });");
            assertEquals(List.of(), hidden, query + " at " + width + " px: safety folded away");
            boolean aboveHits = (Boolean) browser.executeScript(
                    "const first = document.querySelector('ol.hits > li.hit').getBoundingClientRect().top;"
                            + "return [...document.querySelectorAll('.crisis, .about-card')]"
                            + ".every(el => el.getBoundingClientRect().bottom <= first);");
            assertTrue(aboveHits, query + " at " + width + " px: the crisis banner and the card stand above the hits");
        }
    }

    private static void at(int width, String path) {
        browser.manage().window().setSize(new Dimension(width, WINDOW_HEIGHT));
        browser.get(site.url(path));
    }
}
