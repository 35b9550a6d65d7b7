package cn.gov.lyg.enforcement.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.platform.problem.ApiException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

class PagingTest {

    private static PageRequest page(Integer page, Integer size) {
        return Paging.of(page, size, List.of(), Set.of("name"), Sort.by("name"));
    }

    private static String codeOf(Integer page, Integer size) {
        try {
            page(page, size);
            return "accepted";
        } catch (ApiException e) {
            assertThat(e.status().value()).isEqualTo(400);
            return e.code();
        }
    }

    @Test
    void aPageMayStartAnywhereWithinTheBound() {
        assertThat(page(null, null).getOffset()).isZero();
        assertThat(page(500, 200).getOffset()).isEqualTo(Paging.MAX_OFFSET);
        assertThat(page(Paging.MAX_OFFSET, 1).getOffset()).isEqualTo(Paging.MAX_OFFSET);
    }

    @Test
    void deepPagesAreRefusedBeforeTheOffsetCanOverflow() {
        // Integer.MAX_VALUE × 200 does not fit the int skip of the MongoDB driver: it must never reach a query
        assertThat(codeOf(Integer.MAX_VALUE, 200)).isEqualTo("PAGE_TOO_DEEP");
        assertThat(codeOf(Integer.MAX_VALUE / 200 + 1, 200)).isEqualTo("PAGE_TOO_DEEP");
        assertThat(codeOf(501, 200)).isEqualTo("PAGE_TOO_DEEP");
        assertThat(codeOf(Paging.MAX_OFFSET + 1, 1)).isEqualTo("PAGE_TOO_DEEP");
    }

    @Test
    void otherBoundsKeepTheirCodes() {
        assertThat(codeOf(-1, 20)).isEqualTo("INVALID_PARAMETER");
        assertThat(codeOf(0, 0)).isEqualTo("INVALID_PARAMETER");
        assertThat(codeOf(0, 201)).isEqualTo("PAGE_SIZE_TOO_LARGE");
        assertThatThrownBy(() -> Paging.of(0, 20, List.of("secret"), Set.of("name"), Sort.unsorted()))
                .isInstanceOf(ApiException.class);
    }
}
