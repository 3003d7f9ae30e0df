package org.pactum.domain.query;

import java.util.List;
import java.util.function.Function;

/** One page of a longer result, with the total so a client can page through it. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

    public ResultPage {
        items = List.copyOf(items);
    }

    public long pageCount() {
        return total == 0 ? 1 : (total + size - 1) / size;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public <R> ResultPage<R> map(Function<T, R> mapper) {
        return new ResultPage<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
