package cn.gov.lyg.enforcement.platform.web;

import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;

/**
 * Builds a page request from {@code page}, {@code size} (1..200) and {@code sort} ({@code field} or
 * {@code field,desc}, repeatable), accepting only the sort fields a resource allows. Pages are bounded: the first
 * record of a page lies within the first {@value #MAX_OFFSET} matches ({@code PAGE_TOO_DEEP} otherwise), so the skip
 * handed to MongoDB (an {@code int} in the driver) never overflows and a deep page never makes the database walk an
 * unbounded number of documents; narrower filters reach the records beyond.
 */
public final class Paging {

    public static final int MAX_SIZE = 200;
    /** The largest offset ({@code page × size}) a page may start at. */
    public static final int MAX_OFFSET = 100_000;

    private Paging() {
    }

    public static PageRequest of(Integer page, Integer size, List<String> sort, Set<String> sortable, Sort fallback) {
        int number = page == null ? 0 : page;
        int length = size == null ? 20 : size;
        if (number < 0) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER",
                    List.of(FieldViolation.of("page", "FIELD_RANGE")), "page");
        }
        if (length < 1) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER",
                    List.of(FieldViolation.of("size", "FIELD_RANGE")), "size");
        }
        if (length > MAX_SIZE) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "PAGE_SIZE_TOO_LARGE",
                    List.of(FieldViolation.of("size", "PAGE_SIZE_TOO_LARGE")), MAX_SIZE);
        }
        if ((long) number * length > MAX_OFFSET) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "PAGE_TOO_DEEP",
                    List.of(FieldViolation.of("page", "PAGE_TOO_DEEP")), MAX_OFFSET);
        }
        List<Sort.Order> orders = new ArrayList<>();
        if (sort != null) {
            for (String spec : rejoin(sort)) {
                if (spec == null || spec.isBlank()) {
                    continue;
                }
                String[] parts = spec.split(",");
                String field = parts[0].trim();
                if (!sortable.contains(field)) {
                    throw new ApiException(HttpStatus.BAD_REQUEST, "SORT_FIELD_NOT_ALLOWED",
                            List.of(FieldViolation.of("sort", "SORT_FIELD_NOT_ALLOWED")), field);
                }
                boolean desc = parts.length > 1 && parts[1].trim().equalsIgnoreCase("desc");
                orders.add(desc ? Sort.Order.desc(field) : Sort.Order.asc(field));
            }
        }
        Sort order = orders.isEmpty() ? fallback : Sort.by(orders);
        return PageRequest.of(number, length, order);
    }

    /**
     * Spring binds {@code sort=itemCode,desc} to a list as {@code [itemCode, desc]}; put a bare direction back
     * onto the field before it.
     */
    public static List<String> rejoin(List<String> tokens) {
        List<String> specs = new ArrayList<>();
        for (String token : tokens) {
            String t = token == null ? "" : token.trim();
            if ((t.equalsIgnoreCase("asc") || t.equalsIgnoreCase("desc")) && !specs.isEmpty()
                    && !specs.get(specs.size() - 1).contains(",")) {
                specs.set(specs.size() - 1, specs.get(specs.size() - 1) + "," + t);
            } else {
                specs.add(t);
            }
        }
        return specs;
    }
}
