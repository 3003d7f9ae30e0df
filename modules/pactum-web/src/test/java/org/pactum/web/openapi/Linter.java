package org.pactum.web.openapi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Redocly CLI, the OpenAPI linter, at the version src/test/openapi/package-lock.json pins, installed with the machine's
 * npm into a folder under target and run with the rules of src/test/openapi/redocly.yaml.
 */
final class Linter {

    /** What the linter printed and how it ended. */
    record Verdict(int exitCode, String output) {
    }

    private final Path project;

    private Linter(Path project) {
        this.project = project;
    }

    /** Copies the lint project from {@code source} to {@code target} and installs it there with {@code npm ci}. */
    static Linter installed(Path source, Path target) throws IOException, InterruptedException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Verdict install = run(target, List.of("npm", "ci", "--no-audit", "--no-fund", "--prefer-offline"));
        if (install.exitCode() != 0) {
            throw new IllegalStateException("npm ci failed in " + target + ":\n" + install.output());
        }
        return new Linter(target);
    }

    /** Lints a description with the recommended rules and the project's exceptions. */
    Verdict lint(Path description) throws IOException, InterruptedException {
        return run(project, List.of("npx", "--no-install", "redocly", "lint", "--config", "redocly.yaml",
                "--format", "stylish", "--max-problems", "1000", description.toAbsolutePath().toString()));
    }

    private static Verdict run(Path directory, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        // No usage report and no update check: the test talks to nothing but the npm registry while installing.
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        builder.environment().put("NO_COLOR", "1");
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " did not end within 5 minutes");
        }
        return new Verdict(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
