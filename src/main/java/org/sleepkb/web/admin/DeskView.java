package org.sleepkb.web.admin;

import java.time.LocalDate;
import java.util.List;
import org.sleepkb.corpus.Problem;
import org.sleepkb.index.ReindexSummary;
import org.sleepkb.insights.QueryInsights;

/**
 * The editors' desk page: the last reindex with every problem, the articles served at their last
 * good version, the articles due for review, and the query insights.
 *
 * @param lastReindex null before the first reindex of this process
 * @param csrf        the session's own token, posted back by every form of the page
 */
public record DeskView(ReindexSummary lastReindex, boolean reindexing, List<ArticleRef> keptAtLastGood,
                       List<ReviewDue> dueForReview, QueryInsights.Summary insights, String csrf) {

    /** An article by slug and title, linked to its page. */
    public record ArticleRef(String slug, String title) {
    }

    /** An article whose review is due: never reviewed ({@code reviewed} null) or reviewed before the cut-off. */
    public record ReviewDue(String slug, String title, LocalDate reviewed) {
    }

    public DeskView {
        keptAtLastGood = List.copyOf(keptAtLastGood);
        dueForReview = List.copyOf(dueForReview);
    }

    public List<Problem> problems() {
        return lastReindex == null ? List.of() : lastReindex.problems();
    }

    /** {@code file:line} as editors jump to it, or the file alone when no line is to blame. */
    public static String where(Problem problem) {
        return problem.line() > 0 ? problem.file() + ":" + problem.line() : problem.file();
    }
}
