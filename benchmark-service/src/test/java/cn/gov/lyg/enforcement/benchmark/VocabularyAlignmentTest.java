package cn.gov.lyg.enforcement.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.benchmark.benchmark.BenchmarkLevel;
import cn.gov.lyg.enforcement.benchmark.benchmark.ComputationModel;
import cn.gov.lyg.enforcement.benchmark.benchmark.DiscretionTier;
import cn.gov.lyg.enforcement.benchmark.benchmark.RevisionReason;
import cn.gov.lyg.enforcement.benchmark.check.ApprovalType;
import cn.gov.lyg.enforcement.events.vocabulary.AdminLevel;
import cn.gov.lyg.enforcement.events.vocabulary.BenchmarkModel;
import cn.gov.lyg.enforcement.events.vocabulary.BenchmarkRevisionReason;
import cn.gov.lyg.enforcement.events.vocabulary.DeviationApprovalType;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The domain's enums carry exactly the values the event contracts (shared vocabulary) enumerate. */
class VocabularyAlignmentTest {

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    @Test
    void domainEnumsMatchTheVocabulary() {
        assertThat(names(DiscretionTier.class))
                .isEqualTo(names(cn.gov.lyg.enforcement.events.vocabulary.DiscretionTier.class));
        assertThat(names(ComputationModel.class)).isEqualTo(names(BenchmarkModel.class));
        assertThat(names(RevisionReason.class)).isEqualTo(names(BenchmarkRevisionReason.class));
        assertThat(names(ApprovalType.class)).isEqualTo(names(DeviationApprovalType.class));
        assertThat(names(AdminLevel.class)).containsAll(names(BenchmarkLevel.class));
    }
}
