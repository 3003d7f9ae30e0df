package org.pactum.domain.route;

import java.lang.reflect.Field;

/** Gives a task the id storage would give it. */
final class TaskIds {

    private TaskIds() {
    }

    static void assign(ApprovalTask task, long id) {
        try {
            Field field = ApprovalTask.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(task, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
