package org.pactum.web.json;

import java.util.List;

import org.pactum.domain.query.ResultPage;

public record PageJson<T>(List<T> items, int page, int size, long total, long pages) {

    public static <T> PageJson<T> of(ResultPage<T> page) {
        return new PageJson<>(page.items(), page.page(), page.size(), page.total(), page.pageCount());
    }
}
