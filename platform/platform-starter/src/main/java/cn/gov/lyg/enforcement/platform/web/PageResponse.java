package cn.gov.lyg.enforcement.platform.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** The list envelope of DESIGN.md §4: {@code {content, page, size, totalElements}} (page is 0-based). */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    public static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> mapper) {
        return new PageResponse<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }
}
