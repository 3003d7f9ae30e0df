package org.pactum.web.demo;

import java.util.List;
import java.util.Set;

import org.pactum.domain.user.Role;

/** Who a newcomer can sign in as; every demo user's password is {@value #PASSWORD}. README.md lists them. */
public final class DemoUsers {

    public static final String PASSWORD = "demo";

    public record DemoUser(String username, String displayName, Set<Role> roles) {
    }

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("admin", "Администратор системы", Set.of(Role.ADMIN)),
            new DemoUser("drafter", "Анна Кравец — отдел международных связей", Set.of(Role.DRAFTER)),
            new DemoUser("approver1", "Игорь Лебедев — правовое управление", Set.of(Role.APPROVER)),
            new DemoUser("approver2", "Марина Голубева — заместитель Губернатора", Set.of(Role.APPROVER)),
            new DemoUser("signer1", "Алексей Соколов — Губернатор Омской области", Set.of(Role.SIGNER)),
            new DemoUser("signer2", "Нурлан Сейтжанов — аким Павлодарской области", Set.of(Role.SIGNER)),
            new DemoUser("auditor", "Гульнара Сейтказиева — ревизионная комиссия", Set.of(Role.AUDITOR)));

    private DemoUsers() {
    }
}
