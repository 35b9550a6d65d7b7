package cn.gov.lyg.enforcement.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TraceIdsTest {

    @Test
    void readsTraceIdFromTraceparent() {
        assertThat(TraceIds.traceIdOrNull("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"))
                .isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(TraceIds.traceIdOf(" 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01 "))
                .contains("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(TraceIds.traceIdOrNull("00-00000000000000000000000000000000-00f067aa0ba902b7-01")).isNull();
        assertThat(TraceIds.traceIdOrNull("00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01")).isNull();
        assertThat(TraceIds.traceIdOrNull("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7")).isNull();
        assertThat(TraceIds.traceIdOrNull("00-XYZ-1")).isNull();
        assertThat(TraceIds.traceIdOf("garbage")).isEmpty();
        assertThat(TraceIds.traceIdOrNull(null)).isNull();
    }

    @Test
    void generatesHexTraceIdsAndTraceparents() {
        assertThat(TraceIds.newTraceId()).matches("[0-9a-f]{32}").isNotEqualTo(TraceIds.newTraceId());
        assertThat(TraceIds.traceparent()).matches("^00-[0-9a-f]{32}-[0-9a-f]{16}-01$");
        assertThat(TraceIds.traceIdOf(TraceIds.traceparent())).isPresent();
    }
}
