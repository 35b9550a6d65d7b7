package cn.gov.lyg.enforcement.inspection.draw;

import static cn.gov.lyg.enforcement.inspection.draw.DrawFixtures.officers;
import static cn.gov.lyg.enforcement.inspection.draw.DrawFixtures.population;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.platform.identifier.RegionCodes;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Known answers of algorithm SHA256-RANK-v1, computed independently by {@code tools/verify_draw.py} from the
 * README's description (not from this code): if either side changes, the draw is no longer the documented one.
 * The test also writes the audit export to {@code target/draw-audit-sample.json}, the input of that script.
 */
class DrawKnownAnswerTest {

    static final String NONCE = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";

    @Test
    void theDocumentedAlgorithmGivesThePinnedAnswer() throws Exception {
        RegionCodes regions = RegionCodes.defaultCodes();
        SpotCheckDraw draw = new SpotCheckDraw(regions);
        PopulationSnapshot snapshot = PopulationSnapshot.build(population("320706", 1, 20, 30, 8, 3),
                PopulationFilter.regions("320706"), FrequencyCap.defaults(), regions);
        List<InspectorCandidate> inspectors = new ArrayList<>(officers(5, "320706", "MARKET"));
        inspectors.add(new InspectorCandidate("CITY-1", true, Set.of("MARKET"), List.of("320700"), Set.of(), true));
        DrawRequest request = new DrawRequest("SC-320706-2025-0012", Instant.parse("2025-05-06T02:00:00Z"), NONCE,
                RatioConfig.fromBaseRatio(new BigDecimal("0.1"), Map.of()), 2, Set.of("MARKET"),
                Map.of(DrawFixtures.uscc("320706", 57), Set.of("O001", "O002")));
        DrawResult r = draw.draw(snapshot, inspectors, request);

        Path out = Path.of("target", "draw-audit-sample.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                .writeValueAsString(DrawAudit.export(r, NONCE, snapshot, inspectors, request, draw)));

        assertThat(r.seed()).isEqualTo(PINNED_SEED);
        assertThat(r.drawn().stream().map(e -> e.uscc() + " " + String.join(";", e.inspectorIds())).toList())
                .isEqualTo(PINNED_DRAWN);
        assertThat(r.resultHash()).isEqualTo(PINNED_RESULT_HASH);
    }

    static final String PINNED_SEED = "145770bfa50bdbef05557325c0ee1728b8e52ccea678c2c1e9d40861cfabe13d";
    static final List<String> PINNED_DRAWN = List.of(
            "91320706MA0000038R O001;O004",
            "91320706MA0000039W O002;O003",
            "91320706MA00000617 O002;O004",
            "91320706MA00000112 O005;O002",
            "91320706MA00000239 O004;O001",
            "91320706MA0000058U O003;O005",
            "91320706MA0000057Q O001;O004",
            "91320706MA0000059Y O004;O003");
    static final String PINNED_RESULT_HASH = "98621ec52f6c12d567ee1aff78becf0100ef008d4e9bffec6014c97764477b7c";
}
