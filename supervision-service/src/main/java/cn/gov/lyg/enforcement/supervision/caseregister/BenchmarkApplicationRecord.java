package cn.gov.lyg.enforcement.supervision.caseregister;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A benchmark application 基准适用记录 received from benchmark-service, kept until (and after) the case's decision
 * milestone links it: a decision milestone reported later finds it here. Keyed by the application id, so a
 * redelivered event writes the same document again.
 */
@Document(BenchmarkApplicationRecord.COLLECTION)
public record BenchmarkApplicationRecord(@Id String applicationId, String agencyCode, String regionCode,
                                         String caseNo, String entryId, String benchmarkVersionId,
                                         String violationCode, LocalDate decisionDate,
                                         List<String> finalPenaltyKinds, String finalFine,
                                         boolean withinRecommended, boolean noPenalty, String caseId,
                                         Instant receivedAt) {

    public static final String COLLECTION = "benchmark_applications";
}
