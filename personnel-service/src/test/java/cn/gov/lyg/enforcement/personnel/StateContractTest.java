package cn.gov.lyg.enforcement.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.events.vocabulary.SchemaEnums;
import cn.gov.lyg.enforcement.personnel.agency.AgencyStatus;
import cn.gov.lyg.enforcement.personnel.auxiliary.AuxiliaryStaff;
import cn.gov.lyg.enforcement.personnel.certificate.CertificateStatus;
import cn.gov.lyg.enforcement.personnel.officer.EmploymentStatus;
import org.junit.jupiter.api.Test;

/**
 * The states personnel's events carry are states of personnel's state machines, and every state an event can
 * report is one the schema allows (the state machines live here, the vocabulary of the other terms in
 * platform-events).
 */
class StateContractTest {

    @Test
    void certificateEventsCarryOnlyIssuedCertificateStates() {
        assertThat(SchemaEnums.names(CertificateStatus.class))
                .containsAll(SchemaEnums.union("/certificate/properties/status"));
        assertThat(SchemaEnums.union("/certificate/properties/status")).containsExactlyInAnyOrder("ACTIVE",
                "SUSPENDED", "WITHDRAWN", "LOST", "EXPIRED", "REVOKED", "CANCELLED");
    }

    @Test
    void officerAndAgencyAndAuxiliaryStatesAreTheSchemas() {
        assertThat(SchemaEnums.at("schemas/personnel/officer-transferred.v1.json", "/properties/employmentStatus"))
                .containsExactlyInAnyOrderElementsOf(SchemaEnums.names(EmploymentStatus.class));
        assertThat(SchemaEnums.union("/agency/properties/status"))
                .containsExactlyInAnyOrderElementsOf(SchemaEnums.names(AgencyStatus.class));
        assertThat(SchemaEnums.at("schemas/personnel/auxiliary-registered.v1.json", "/properties/status"))
                .containsExactlyInAnyOrderElementsOf(SchemaEnums.names(AuxiliaryStaff.Status.class));
        assertThat(SchemaEnums.at("schemas/personnel/officer-profile-changed.v1.json", "/properties/employmentStatus"))
                .containsExactlyInAnyOrderElementsOf(SchemaEnums.names(EmploymentStatus.class));
        for (String member : java.util.List.of("/properties/status", "/properties/previousStatus")) {
            assertThat(SchemaEnums.at("schemas/personnel/auxiliary-status-changed.v1.json", member))
                    .containsExactlyInAnyOrderElementsOf(SchemaEnums.names(AuxiliaryStaff.Status.class));
        }
    }
}
