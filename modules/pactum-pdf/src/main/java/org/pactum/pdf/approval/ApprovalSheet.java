package org.pactum.pdf.approval;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.route.RouteState;
import org.pactum.domain.route.StageRule;
import org.pactum.domain.route.TaskState;

/**
 * What an approval sheet shows, taken from the agreement and its route with people's names already looked up, so the
 * sheet knows nothing of routing or accounts.
 *
 * @param number             the registry's reference number
 * @param registrationNumber the number in the register, or null before registration
 * @param registrationDate   the day of registration, or null
 * @param parties            the parties' organizations, in their order
 * @param author             who drafted the agreement
 * @param revision           the revision the route runs on (approved, when the route has passed)
 * @param contentHash        the SHA-256 of that revision's content, hex
 * @param finishedAt         when the route ended, or null while it runs
 * @param stages             the route's stages, in order
 * @param entries            every task of every round, in the order they were opened
 * @param zone               the administration's time zone, in which times are printed
 * @param printedBy          who asks for the sheet, shown in the footer
 */
public record ApprovalSheet(AgreementKind kind, String number, String registrationNumber, LocalDate registrationDate,
                            LocalizedText title, List<LocalizedText> parties, Person author, LocalizedText routeName,
                            RouteState state, int round, int revision, String contentHash, Instant startedAt,
                            Instant finishedAt, List<Stage> stages, List<Entry> entries, ZoneId zone, Instant printedAt,
                            String printedBy) {

    public ApprovalSheet {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(routeName, "routeName");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(printedAt, "printedAt");
        parties = parties == null ? List.of() : List.copyOf(parties);
        stages = List.copyOf(stages);
        entries = List.copyOf(entries);
    }

    /**
     * A person as the sheet names them.
     *
     * @param position their post, or null when unknown
     */
    public record Person(String name, String position) {

        private static final String DASH = " — ";

        public Person {
            Objects.requireNonNull(name, "name");
        }

        /**
         * Reads a display name written as Pactum's accounts write them, "Игорь Лебедев — правовое управление": the
         * name, then the post after a dash; without a dash it is all name.
         */
        public static Person of(String displayName) {
            int dash = displayName.indexOf(DASH);
            if (dash <= 0) {
                return new Person(displayName.strip(), null);
            }
            String position = displayName.substring(dash + DASH.length()).strip();
            return new Person(displayName.substring(0, dash).strip(), position.isEmpty() ? null : position);
        }
    }

    /** @param quorum the approvals needed under {@link StageRule#QUORUM}; 0 otherwise */
    public record Stage(LocalizedText name, StageRule rule, int quorum) {

        public Stage {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(rule, "rule");
        }
    }

    /**
     * One task on the sheet.
     *
     * @param stage      the stage's index in {@link #stages()}, from 0
     * @param person     who acted: the approver, their delegate or deputy, or — while pending — who is asked
     * @param onBehalfOf the approver {@code person} acted for, or null when they acted for themselves
     * @param remark     what they wrote, or null
     * @param revision   the revision decided on, or null when nobody decided
     * @param at         when the task was decided or closed, or null while pending
     * @param due        the deadline, or null
     * @param overdue    whether the task went to someone else because its deadline passed, not by a person's choice
     */
    public record Entry(int round, int stage, Person person, Person onBehalfOf, TaskState state, String remark,
                        Integer revision, Instant at, Instant due, boolean overdue) {

        public Entry {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(state, "state");
        }
    }
}
