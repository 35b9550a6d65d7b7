package cn.gov.lyg.enforcement.inspection.draw;

import static cn.gov.lyg.enforcement.inspection.draw.DrawFixtures.member;
import static cn.gov.lyg.enforcement.inspection.draw.DrawFixtures.officers;
import static cn.gov.lyg.enforcement.inspection.draw.DrawFixtures.population;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.inspection.entity.CreditRiskClass;
import cn.gov.lyg.enforcement.platform.identifier.RegionCodes;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DrawVerificationTest {

    private static final RegionCodes REGIONS = RegionCodes.defaultCodes();
    private static final SpotCheckDraw DRAW = new SpotCheckDraw(REGIONS);

    private final String nonce = DrawCommitment.newNonce();
    private final DrawCommitment commitment = DrawCommitment.of(nonce);
    private final List<PopulationMember> directory = population("320706", 1, 50, 80, 20, 5);
    private final List<InspectorCandidate> inspectors = officers(8, "320706", "MARKET");
    private final DrawRequest request = new DrawRequest("T-1", Instant.parse("2025-05-06T02:00:00Z"), nonce,
            RatioConfig.fromBaseRatio(new BigDecimal("0.1")), 2, Set.of("MARKET"), Map.of());

    private PopulationSnapshot snapshot(List<PopulationMember> members) {
        return PopulationSnapshot.build(members, PopulationFilter.regions("320706"), FrequencyCap.defaults(), REGIONS);
    }

    @Test
    void theRevealedNonceMatchesTheCommitmentPublishedBeforeTheDraw() {
        assertThat(commitment.nonceHash()).hasSize(64).isNotEqualTo(nonce);
        assertThat(commitment.matches(nonce)).isTrue();
        assertThat(commitment.matches(DrawCommitment.newNonce())).isFalse();
        assertThat(DrawCommitment.newNonce()).isNotEqualTo(nonce).hasSize(64);
    }

    @Test
    void aPublishedDrawChecksOutAndTamperingIsDetected() {
        DrawResult r = DRAW.draw(snapshot(directory), inspectors, request);
        assertThat(r.nonceHash()).isEqualTo(commitment.nonceHash());
        DrawVerification ok = DrawVerification.checkPublic(r.taskId(), r.drawnAt(), commitment.nonceHash(), nonce,
                r.populationHash(), r.seed(), r.drawn(), r.resultHash());
        assertThat(ok.verified()).isTrue();
        assertThat(ok.failures()).isEmpty();

        DrawVerification otherNonce = DrawVerification.checkPublic(r.taskId(), r.drawnAt(), commitment.nonceHash(),
                DrawCommitment.newNonce(), r.populationHash(), r.seed(), r.drawn(), r.resultHash());
        assertThat(otherNonce.failures()).containsExactly("NONCE_COMMITMENT_MISMATCH", "SEED_MISMATCH");

        List<DrawnEntity> dropped = new ArrayList<>(r.drawn());
        dropped.remove(0);
        assertThat(DrawVerification.checkPublic(r.taskId(), r.drawnAt(), commitment.nonceHash(), nonce,
                r.populationHash(), r.seed(), dropped, r.resultHash()).failures()).containsExactly("RESULT_MISMATCH");
        assertThat(DrawVerification.checkPublic(r.taskId(), "2025-05-06T02:00:01Z", commitment.nonceHash(), nonce,
                r.populationHash(), r.seed(), r.drawn(), r.resultHash()).failures()).containsExactly("SEED_MISMATCH");
    }

    @Test
    void anAuditReExecutesTheDrawFromTheSnapshot() {
        DrawResult r = DRAW.draw(snapshot(directory), inspectors, request);
        assertThat(DrawVerification.recompute(r, snapshot(directory), inspectors, request, DRAW).verified()).isTrue();

        List<PopulationMember> reclassified = new ArrayList<>(directory);
        reclassified.set(3, member("320706", 4, CreditRiskClass.D));
        assertThat(DrawVerification.recompute(r, snapshot(reclassified), inspectors, request, DRAW).failures())
                .containsExactly("STRATA_HASH_MISMATCH");

        List<PopulationMember> added = new ArrayList<>(directory);
        added.add(member("320706", 999, CreditRiskClass.B));
        assertThat(DrawVerification.recompute(r, snapshot(added), inspectors, request, DRAW).failures())
                .containsExactly("POPULATION_HASH_MISMATCH", "STRATA_HASH_MISMATCH");

        // same population, a different inspector directory: other teams
        assertThat(DrawVerification.recompute(r, snapshot(directory), officers(9, "320706", "MARKET"), request, DRAW)
                .failures()).containsExactly("RESULT_MISMATCH");
    }
}
