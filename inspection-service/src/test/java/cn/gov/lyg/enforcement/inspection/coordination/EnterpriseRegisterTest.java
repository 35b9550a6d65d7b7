package cn.gov.lyg.enforcement.inspection.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.events.inspection.FrequencyWarningRaised;
import cn.gov.lyg.enforcement.events.inspection.RepeatedInspectionDetected;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnterpriseRegisterTest {

    private static final Instant NOW = Instant.parse("2025-04-20T02:00:00Z");

    private static Visit v(String id, String agency, String kind, LocalDate day) {
        return new Visit(id, "JC-" + id, agency, kind, !kind.equals("CASE_TRIGGERED"), kind.equals("CASE_TRIGGERED"),
                true, day, Set.of("MARKET"));
    }

    @Test
    void theSecondAgencyInTheMonthRaisesTheDetectionAndFurtherOnesANewerVersion() {
        EnterpriseRegister r = EnterpriseRegister.open("91320723MA1Y3P6H19", 2025, "320723");
        assertThat(r.add(v("1", "A02", "ROUTINE", LocalDate.of(2025, 5, 3)), NOW)).isTrue();
        assertThat(r.add(v("1", "A02", "ROUTINE", LocalDate.of(2025, 5, 3)), NOW)).isFalse();
        assertThat(r.add(v("2", "A04", "CASE_TRIGGERED", LocalDate.of(2025, 5, 4)), NOW)).isTrue();
        assertThat(r.pendingEvents()).isEmpty();
        r.add(v("3", "A04", "SPECIAL", LocalDate.of(2025, 5, 20)), NOW);
        r.add(v("4", "A03", "DUAL_RANDOM", LocalDate.of(2025, 5, 28)), NOW);
        r.add(v("5", "A03", "DUAL_RANDOM", LocalDate.of(2025, 6, 1)), NOW);
        List<RepeatedInspectionDetected> events = r.pendingEvents().stream()
                .map(RepeatedInspectionDetected.class::cast).toList();
        assertThat(events).hasSize(2);
        assertThat(events.get(0).agencyCodes()).containsExactly("A02", "A04");
        assertThat(events.get(0).windowStart()).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(events.get(0).windowEnd()).isEqualTo(LocalDate.of(2025, 5, 31));
        assertThat(events.get(1).aggregateId()).isEqualTo(events.get(0).aggregateId());
        assertThat(events.get(1).aggregateVersion()).isEqualTo(events.get(0).aggregateVersion() + 1);
        assertThat(events.get(1).inspections()).extracting(RepeatedInspectionDetected.Inspection::inspectionId)
                .containsExactly("1", "3", "4");
    }

    @Test
    void warningsGoThroughTheRegistersOutbox() {
        EnterpriseRegister r = EnterpriseRegister.open("91320723MA1Y3P6H19", 2025, "320723");
        r.warn("CAP_EXCEEDED", "A02", "ROUTINE", LocalDate.of(2025, 9, 1), 2, 2, null, null, List.of("1", "2"), NOW);
        assertThat(r.pendingEvents()).singleElement().isInstanceOfSatisfying(FrequencyWarningRaised.class, e -> {
            assertThat(e.warning()).isEqualTo("CAP_EXCEEDED");
            assertThat(e.cap()).isEqualTo(2);
            assertThat(e.relatedInspectionIds()).containsExactly("1", "2");
        });
        assertThat(r.getWarnings()).isEqualTo(1);
    }
}
