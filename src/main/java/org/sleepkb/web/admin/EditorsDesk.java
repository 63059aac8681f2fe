package org.sleepkb.web.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.sleepkb.index.ReindexSummary;
import org.sleepkb.insights.QueryInsights;
import org.sleepkb.search.Hit;
import org.sleepkb.search.SearchRequest;
import org.sleepkb.search.SearchResult;
import org.sleepkb.web.http.Routes;
import org.sleepkb.web.http.Views;
import org.sleepkb.web.page.Site;

/**
 * The editors' desk at {@code /admin}, for people who hold the admin token: what the last reindex
 * reported, what is served at an older version, what is due for review, what readers did not
 * find, and a reindex button. Every page of it requires a session ({@link AdminSessions}); without
 * one, {@code GET /admin} redirects to the sign-in form and anything else is refused.
 */
public final class EditorsDesk {

    /** Editors review an article a year after its last review; readers are warned only after two ({@code Safety.STALE_AFTER}). */
    static final Period REVIEW_DUE_AFTER = Period.ofMonths(12);
    private static final String SIGN_IN = Routes.SIGN_IN;
    private static final int FREQUENT_QUERIES = 20;

    private final Site site;
    private final AdminSessions sessions;
    private final AdminReindex reindex;
    private final QueryInsights insights;
    private final Views views;

    public EditorsDesk(Site site, AdminSessions sessions, AdminReindex reindex, QueryInsights insights, Views views) {
        this.site = site;
        this.sessions = sessions;
        this.reindex = reindex;
        this.insights = insights;
        this.views = views;
    }

    public void register(RoutesConfig routes) {
        routes.before("/admin", EditorsDesk::noStore);
        routes.before("/admin/*", EditorsDesk::noStore);
        Routes.get(routes, "/admin", this::desk);
        Routes.get(routes, SIGN_IN, ctx -> signInForm(ctx, null));
        routes.post(SIGN_IN, this::signIn);
        routes.post("/admin/reindex", this::reindex);
        routes.post("/admin/sign-out", this::signOut);
    }

    /** Nothing of the desk is kept by browsers or proxies. */
    private static void noStore(Context ctx) {
        ctx.header("Cache-Control", "no-store");
    }

    private void desk(Context ctx) {
        requireEnabled();
        var session = sessions.current(ctx);
        if (session.isEmpty()) {
            ctx.redirect(SIGN_IN, HttpStatus.SEE_OTHER);
            return;
        }
        Views.html(ctx, views.render("admin.jte", view(session.get().csrf())));
    }

    private void signInForm(Context ctx, String refusal) {
        requireEnabled();
        Views.html(ctx, views.render("admin_sign_in.jte", refusal == null ? "" : refusal));
    }

    private void signIn(Context ctx) {
        requireEnabled();
        if (sessions.signIn(ctx, ctx.formParam("token"))) {
            ctx.redirect("/admin", HttpStatus.SEE_OTHER);
        } else {
            ctx.status(HttpStatus.UNAUTHORIZED);
            signInForm(ctx, "That is not the admin token.");
        }
    }

    private void reindex(Context ctx) {
        requireEnabled();
        sessions.currentForm(ctx).orElseThrow(EditorsDesk::refused);
        reindex.run("true".equals(ctx.formParam("full")), false);
        ctx.redirect("/admin", HttpStatus.SEE_OTHER);
    }

    private void signOut(Context ctx) {
        requireEnabled();
        sessions.signOut(ctx, sessions.currentForm(ctx).orElseThrow(EditorsDesk::refused));
        ctx.redirect(SIGN_IN, HttpStatus.SEE_OTHER);
    }

    private void requireEnabled() {
        if (!sessions.enabled()) {
            throw new HttpResponseException(HttpStatus.FORBIDDEN.getCode(),
                    "the editors' desk is off: start the server with SLEEPKB_ADMIN_TOKEN set to enable it", Map.of());
        }
    }

    private static HttpResponseException refused() {
        return new HttpResponseException(HttpStatus.FORBIDDEN.getCode(),
                "this form needs a signed-in session of the editors' desk; sign in again at " + SIGN_IN, Map.of());
    }

    DeskView view(String csrf) {
        ReindexSummary last = site.engine().lastReindex().orElse(null);
        List<DeskView.ArticleRef> kept = last == null ? List.of() : last.skipped().stream()
                .flatMap(slug -> site.engine().article(slug).stream())
                .map(indexed -> new DeskView.ArticleRef(indexed.article().slug(), indexed.article().title())).toList();
        return new DeskView(last, site.engine().status().reindexing(), kept, dueForReview(site.today()), insights.summary(FREQUENT_QUERIES), csrf);
    }

    /** Every article never reviewed or reviewed more than {@link #REVIEW_DUE_AFTER} ago, the longest due first. */
    private List<DeskView.ReviewDue> dueForReview(LocalDate today) {
        LocalDate cutOff = today.minus(REVIEW_DUE_AFTER);
        List<DeskView.ReviewDue> due = new ArrayList<>();
        for (int page = 1; page <= SearchRequest.MAX_PAGE; page++) {
            SearchResult result = site.engine().search(new SearchRequest("", Map.of(), page, SearchRequest.MAX_PAGE_SIZE));
            for (Hit hit : result.hits()) {
                LocalDate reviewed = hit.safety().reviewed();
                if (reviewed == null || reviewed.isBefore(cutOff)) {
                    due.add(new DeskView.ReviewDue(hit.slug(), hit.title(), reviewed));
                }
            }
            if ((long) page * SearchRequest.MAX_PAGE_SIZE >= result.total()) {
                break;
            }
        }
        due.sort(Comparator.comparing(DeskView.ReviewDue::reviewed, Comparator.nullsFirst(Comparator.naturalOrder())));
        return due;
    }
}
