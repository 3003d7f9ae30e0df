package org.pactum.web.openapi;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.pactum.web.support.NpmProject;

/**
 * Redocly CLI, the OpenAPI linter, at the version src/test/openapi/package-lock.json pins, installed with the machine's
 * npm into a folder under target and run with the rules of src/test/openapi/redocly.yaml.
 */
final class Linter {

    /** What the linter printed and how it ended. */
    record Verdict(int exitCode, String output) {
    }

    // No usage report and no update check: the test talks to nothing but the npm registry while installing.
    private static final Map<String, String> QUIET = Map.of("REDOCLY_TELEMETRY", "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");

    private final NpmProject project;

    private Linter(NpmProject project) {
        this.project = project;
    }

    /** Copies the lint project from {@code source} to {@code target} and installs it there with {@code npm ci}. */
    static Linter installed(Path source, Path target) {
        return new Linter(NpmProject.installed(source, target));
    }

    /** Lints a description with the recommended rules and the project's exceptions. */
    Verdict lint(Path description) {
        NpmProject.Outcome outcome = project.run(List.of("npx", "--no-install", "redocly", "lint", "--config", "redocly.yaml",
                "--format", "stylish", "--max-problems", "1000", description.toAbsolutePath().toString()), QUIET);
        return new Verdict(outcome.exitCode(), outcome.output());
    }
}
