package org.sleepkb.web.http;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Renders the jte templates of {@code src/main/jte}, compiled to classes at build time. The
 * templates are HTML-typed, so every value they print is escaped unless marked otherwise.
 */
public final class Views {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Renders a template that takes exactly one parameter. */
    public String render(String template, Object model) {
        StringOutput out = new StringOutput();
        engine.render(template, model, out);
        return out.toString();
    }

    /** Answers with a rendered page, declaring its encoding so no browser has to guess. */
    public static void html(Context ctx, String page) {
        ctx.contentType("text/html; charset=utf-8").result(page);
    }

    /** Renders a template that takes no parameters. */
    public String render(String template) {
        StringOutput out = new StringOutput();
        engine.render(template, Map.of(), out);
        return out.toString();
    }
}
