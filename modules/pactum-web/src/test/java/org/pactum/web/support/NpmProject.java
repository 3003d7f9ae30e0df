package org.pactum.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A checker from the npm registry at the version a package-lock.json under src/test pins, installed with the
 * machine's npm into a folder under target (Maven Central serves none of these tools).
 */
public final class NpmProject {

    /** What a command printed and how it ended. */
    public record Outcome(int exitCode, String output) {
    }

    private final Path directory;

    private NpmProject(Path directory) {
        this.directory = directory;
    }

    /** Copies the project's files from {@code source} to {@code target} and installs it there with {@code npm ci}. */
    public static NpmProject installed(Path source, Path target) {
        try {
            Files.createDirectories(target);
            try (Stream<Path> files = Files.list(source)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + target, e);
        }
        NpmProject project = new NpmProject(target);
        Outcome install = project.run(List.of("npm", "ci", "--no-audit", "--no-fund", "--prefer-offline"), Map.of());
        if (install.exitCode() != 0) {
            throw new IllegalStateException("npm ci failed in " + target + ":\n" + install.output());
        }
        return project;
    }

    /** The folder the project is installed in. */
    public Path directory() {
        return directory;
    }

    /** Runs a command in the project's folder, with these variables added to the environment. */
    public Outcome run(List<String> command, Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().put("NO_COLOR", "1");
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not end within 5 minutes");
            }
            return new Outcome(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }
}
