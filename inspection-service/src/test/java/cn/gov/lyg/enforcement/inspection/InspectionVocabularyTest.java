package cn.gov.lyg.enforcement.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.events.vocabulary.SchemaEnums;
import cn.gov.lyg.enforcement.inspection.inspection.InspectionKind;
import cn.gov.lyg.enforcement.inspection.record.FollowUpAction;
import cn.gov.lyg.enforcement.inspection.team.MemberKind;
import cn.gov.lyg.enforcement.inspection.team.TeamRole;
import org.junit.jupiter.api.Test;

/** The service's enums say exactly what the event contract's vocabulary says. */
class InspectionVocabularyTest {

    @Test
    void serviceEnumsMatchTheEventVocabulary() {
        assertThat(SchemaEnums.names(InspectionKind.class))
                .containsExactlyElementsOf(SchemaEnums.names(cn.gov.lyg.enforcement.events.vocabulary.InspectionKind.class));
        assertThat(SchemaEnums.names(MemberKind.class))
                .containsExactlyElementsOf(SchemaEnums.names(cn.gov.lyg.enforcement.events.vocabulary.TeamMemberKind.class));
        assertThat(SchemaEnums.names(TeamRole.class))
                .containsExactlyElementsOf(SchemaEnums.names(cn.gov.lyg.enforcement.events.vocabulary.TeamRole.class));
        assertThat(SchemaEnums.names(FollowUpAction.class))
                .containsExactlyElementsOf(SchemaEnums.names(cn.gov.lyg.enforcement.events.vocabulary.FollowUpAction.class));
        assertThat(SchemaEnums.at("schemas/inspection/inspection-assigned.v1.json", "/properties/kind"))
                .containsExactlyElementsOf(SchemaEnums.names(InspectionKind.class));
    }
}
