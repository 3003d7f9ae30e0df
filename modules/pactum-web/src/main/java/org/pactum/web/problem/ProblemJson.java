package org.pactum.web.problem;

import java.io.IOException;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;

/** Writes a problem straight to a servlet response, for the places outside JAX-RS (authentication, filters). */
public final class ProblemJson {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private ProblemJson() {
    }

    public static String toJson(Problem problem) {
        return JSONB.toJson(problem);
    }

    public static void write(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(toJson(problem));
        response.flushBuffer();
    }
}
