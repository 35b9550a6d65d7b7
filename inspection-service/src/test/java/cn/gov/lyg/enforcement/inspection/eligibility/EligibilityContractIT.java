package cn.gov.lyg.enforcement.inspection.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.inspection.team.OfficerVerdict;
import cn.gov.lyg.enforcement.platform.kafka.CloudEventHeaders;
import cn.gov.lyg.enforcement.platform.outbox.OutboxMessage;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import cn.gov.lyg.enforcement.platform.test.contract.OfficerEligibilityContract;
import cn.gov.lyg.enforcement.platform.test.contract.OfficerEligibilityContract.Check;
import cn.gov.lyg.enforcement.platform.test.contract.OfficerEligibilityContract.History;
import cn.gov.lyg.enforcement.platform.test.contract.OfficerEligibilityContract.Message;
import cn.gov.lyg.enforcement.platform.test.contract.OfficerEligibilityContract.Recording;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Inspection's half of the eligibility contract with personnel ({@link OfficerEligibilityContract}): the events
 * personnel's aggregates published for each history of the shared table (recorded and checked by personnel's
 * {@code EligibilityContractTest}) go through this service's consumer exactly as they come off Kafka (CloudEvent
 * headers, schema of their version, source check, idempotency), and the projection must answer every question of the
 * table with personnel's verdict and reasons.
 *
 * <p>Why this proves the same verdict rather than two copies of one expectation: personnel's side is not a table of
 * hand-written events but what its real aggregates emit for the history, and a change there fails personnel's test
 * until the recording is regenerated, after which this test replays the new events.
 */
@ServiceTest
class EligibilityContractIT {

    @Autowired
    PersonnelEventConsumer consumer;
    @Autowired
    EligibilityService eligibility;

    private static ConsumerRecord<String, byte[]> record(Message m, long offset) {
        OutboxMessage message = new OutboxMessage(m.payload().path("eventId").asString(), OutboxMessage.EVENT,
                m.type(), m.topic(), m.key(), m.key(), "/enforcement/personnel",
                OffsetDateTime.parse(m.payload().path("occurredAt").asString()).toInstant(), null,
                m.payload().toString());
        var produced = CloudEventHeaders.toRecord(message);
        return new ConsumerRecord<>(produced.topic(), 0, offset, produced.timestamp(), TimestampType.CREATE_TIME, -1,
                -1, produced.key(), produced.value(), produced.headers(), Optional.empty());
    }

    @Test
    void theProjectionGivesPersonnelsVerdictsFromPersonnelsRecordedEvents() {
        Map<String, Recording> recordings = OfficerEligibilityContract.recordings();
        List<String> mismatches = new ArrayList<>();
        long offset = 0;
        for (History history : OfficerEligibilityContract.histories()) {
            Recording recording = recordings.get(history.name());
            assertThat(recording).as("recorded events of " + history.name()).isNotNull();
            for (Message m : recording.messages()) {
                if (Topics.PERSONNEL_CERTIFICATES.equals(m.topic())) {
                    consumer.onCertificate(record(m, offset++));
                } else {
                    consumer.onOfficer(record(m, offset++));
                }
            }
            for (Check check : history.checks()) {
                OfficerVerdict v = eligibility.officer(recording.officerId(), check.date(),
                        check.domain() == null ? Set.of() : Set.of(check.domain()), check.region());
                if (v.assignable() != check.assignable() || !v.reasons().equals(check.reasons())) {
                    mismatches.add(history.name() + " " + check + " -> inspection: " + v.assignable() + " "
                            + v.reasons());
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
