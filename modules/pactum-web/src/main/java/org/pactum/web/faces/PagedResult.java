package org.pactum.web.faces;

import java.util.List;

import org.pactum.domain.query.ResultPage;

/** What a page with a paged table shows about the current page: its rows, the counts, and where "previous" and "next" go. */
public abstract class PagedResult<T> {

    private ResultPage<T> result;

    protected PagedResult(int pageSize) {
        this.result = new ResultPage<>(List.of(), 0, pageSize, 0);
    }

    protected void show(ResultPage<T> page) {
        this.result = page;
    }

    public List<T> getRows() {
        return result.items();
    }

    public long getTotal() {
        return result.total();
    }

    /** 1-based, as people count pages. */
    public int getPageNumber() {
        return result.page() + 1;
    }

    public long getPageCount() {
        return result.pageCount();
    }

    public boolean isFirstPage() {
        return result.page() == 0;
    }

    public boolean isLastPage() {
        return !result.hasNext();
    }

    /** A page past the end (an edited address) leads back to the last real page. */
    public int getPreviousPage() {
        return (int) Math.min(result.page() - 1L, result.pageCount() - 1);
    }

    public int getNextPage() {
        return result.page() + 1;
    }
}
