package org.pactum.web.demo;

import java.util.List;
import java.util.Set;

import org.pactum.domain.language.Language;
import org.pactum.domain.user.Role;

/** Who a newcomer can sign in as; every demo user's password is {@value #PASSWORD}. README.md lists them. */
public final class DemoUsers {

    public static final String PASSWORD = "demo";

    /**
     * @param email    where the demo mails them (a reserved domain: nothing leaves the machine unless SMTP is set)
     * @param language the language notifications are written to them in
     */
    public record DemoUser(String username, String displayName, Set<Role> roles, String email, Language language) {

        public DemoUser(String username, String displayName, Set<Role> roles) {
            this(username, displayName, roles, null, null);
        }
    }

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("admin", "Администратор системы", Set.of(Role.ADMIN), "admin@pactum.example", Language.EN),
            new DemoUser("drafter", "Анна Кравец — отдел международных связей", Set.of(Role.DRAFTER),
                    "drafter@pactum.example", Language.RU),
            new DemoUser("approver1", "Игорь Лебедев — правовое управление", Set.of(Role.APPROVER),
                    "approver1@pactum.example", Language.RU),
            new DemoUser("approver2", "Марина Голубева — заместитель Губернатора", Set.of(Role.APPROVER),
                    "approver2@pactum.example", Language.RU),
            new DemoUser("signer1", "Алексей Соколов — Губернатор Омской области", Set.of(Role.SIGNER),
                    "signer1@pactum.example", Language.RU),
            new DemoUser("signer2", "Нурлан Сейтжанов — аким Павлодарской области", Set.of(Role.SIGNER),
                    "signer2@pactum.example", Language.KK),
            new DemoUser("auditor", "Гульнара Сейтказиева — ревизионная комиссия", Set.of(Role.AUDITOR),
                    "auditor@pactum.example", Language.KK));

    private DemoUsers() {
    }
}
