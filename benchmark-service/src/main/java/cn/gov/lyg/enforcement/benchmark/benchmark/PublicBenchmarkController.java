package cn.gov.lyg.enforcement.benchmark.benchmark;

import cn.gov.lyg.enforcement.platform.web.PageResponse;
import cn.gov.lyg.enforcement.platform.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 公示 (Art. 34: benchmarks must be published): published versions, without a token. */
@RestController
@RequestMapping("/api/benchmarks/v1/public/benchmarks")
@Tag(name = "public benchmarks", description = "已公布的裁量基准（无需令牌）")
public class PublicBenchmarkController {

    private final BenchmarkService benchmarks;

    public PublicBenchmarkController(BenchmarkService benchmarks) {
        this.benchmarks = benchmarks;
    }

    @GetMapping
    @Operation(summary = "Published benchmark versions (paged)")
    public PageResponse<BenchmarkView> search(@RequestParam(required = false) BenchmarkStatus status,
                                              @RequestParam(required = false) BenchmarkLevel level,
                                              @RequestParam(required = false) String domain,
                                              @RequestParam(required = false) String agencyCode,
                                              @RequestParam(required = false) Integer page,
                                              @RequestParam(required = false) Integer size,
                                              @RequestParam(required = false) List<String> sort) {
        var pageable = Paging.of(page, size, sort, BenchmarkController.SORTABLE, Sort.by("title", "versionNo"));
        return PageResponse.of(benchmarks.searchPublic(new BenchmarkFilter(status, level, domain, agencyCode, null),
                pageable), d -> BenchmarkView.of(d).publicView());
    }

    @GetMapping("/{id}/export")
    @Operation(summary = "One published benchmark version as an XLSX workbook (streamed; text cells neutralised "
            + "against formula injection)")
    public void export(@PathVariable String id, HttpServletResponse response) throws IOException {
        BenchmarkView view = BenchmarkView.of(benchmarks.getPublic(id)).publicView();
        response.setContentType(BenchmarkWorkbook.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("benchmark-" + view.benchmarkId() + "-v" + view.versionNo() + ".xlsx", StandardCharsets.UTF_8)
                .build().toString());
        BenchmarkWorkbook.write(view, response.getOutputStream());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One published benchmark version")
    public BenchmarkView get(@PathVariable String id) {
        return BenchmarkView.of(benchmarks.getPublic(id)).publicView();
    }
}
