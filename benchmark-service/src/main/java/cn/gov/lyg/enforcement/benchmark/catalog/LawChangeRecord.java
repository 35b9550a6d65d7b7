package cn.gov.lyg.enforcement.benchmark.catalog;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A law change 立改废 the service has heard of (lawName + article, type, effective date). */
@Document(LawChangeRecord.COLLECTION)
public record LawChangeRecord(@Id String lawChangeId, String lawName, String article, String changeType,
                              LocalDate effectiveDate) {

    public static final String COLLECTION = "law_changes";
}
