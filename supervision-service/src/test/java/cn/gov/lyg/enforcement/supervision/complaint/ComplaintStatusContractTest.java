package cn.gov.lyg.enforcement.supervision.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.events.vocabulary.SchemaEnums;
import org.junit.jupiter.api.Test;

/** The complaint states in ComplaintOverdue's schema are exactly the states of the state machine. */
class ComplaintStatusContractTest {

    @Test
    void theOverdueStagesAreTheComplaintStates() {
        assertThat(SchemaEnums.at("schemas/supervision/complaint-overdue.v1.json", "/properties/stage"))
                .containsExactlyInAnyOrderElementsOf(SchemaEnums.names(ComplaintStatus.class));
    }
}
