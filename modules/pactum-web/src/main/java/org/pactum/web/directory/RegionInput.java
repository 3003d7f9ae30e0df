package org.pactum.web.directory;

import java.util.Map;

import jakarta.validation.constraints.NotNull;

/** @param version required when renaming: the version the change is based on */
public record RegionInput(@NotNull String code, @NotNull Map<String, String> name, Long version) {
}
