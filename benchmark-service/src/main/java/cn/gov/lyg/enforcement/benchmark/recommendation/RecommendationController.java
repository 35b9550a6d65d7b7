package cn.gov.lyg.enforcement.benchmark.recommendation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/benchmarks/v1/recommendations}: the tier, range and reasons for the facts of a case. */
@RestController
@RequestMapping("/api/benchmarks/v1/recommendations")
@Tag(name = "recommendations", description = "裁量建议")
public class RecommendationController {

    private final RecommendationService recommendations;

    public RecommendationController(RecommendationService recommendations) {
        this.recommendations = recommendations;
    }

    @PostMapping
    @Operation(summary = "Recommend tier, fine range, kinds and no-penalty options, with legal reasons (从旧兼从轻)")
    public RecommendationView recommend(@RequestBody(required = false) String body) {
        return recommendations.recommend(body);
    }
}
