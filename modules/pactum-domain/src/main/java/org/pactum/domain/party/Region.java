package org.pactum.domain.party;

import java.util.Objects;
import java.util.regex.Pattern;

import org.pactum.domain.error.Rule;
import org.pactum.domain.error.Violations;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.printable.PrintableText;
import org.pactum.domain.printable.TextShape;

/** A first-level administrative unit (oblast, krai, city of republican significance), keyed by its ISO 3166-2 code. */
public class Region {

    private static final Pattern ISO_3166_2 = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");

    private String code;
    private String country;
    private LocalizedText name;
    private long version;

    protected Region() {
    }

    public Region(String code, LocalizedText name) {
        Violations violations = new Violations()
                .check(code != null && ISO_3166_2.matcher(code).matches(), "code", Rule.MALFORMED, "must be an ISO 3166-2 code such as RU-OMS or KZ-55")
                .check(name != null && name.has(Language.RU), "name.ru", Rule.REQUIRED, "must not be blank");
        PrintableText.check(violations, "name", name, TextShape.LINE).throwIfAny();
        this.code = code;
        this.country = code.substring(0, 2);
        this.name = name;
    }

    /** A region as stored, for read models that read the database without JPA (e.g. the registry's list). */
    public static Region restore(String code, LocalizedText name, long version) {
        Region region = new Region(code, name);
        region.version = version;
        return region;
    }

    public void rename(LocalizedText newName) {
        Violations violations = new Violations()
                .check(newName != null && newName.has(Language.RU), "name.ru", Rule.REQUIRED, "must not be blank");
        PrintableText.check(violations, "name", newName, TextShape.LINE).throwIfAny();
        this.name = newName;
    }

    public String code() {
        return code;
    }

    /** ISO 3166-1 alpha-2 code of the country the region belongs to. */
    public String country() {
        return country;
    }

    public LocalizedText name() {
        return name == null ? LocalizedText.empty() : name;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Region that && Objects.equals(code, that.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
