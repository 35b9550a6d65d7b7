package cn.gov.lyg.enforcement.supervision.review;

import cn.gov.lyg.enforcement.events.vocabulary.ItemType;

/** A closed case of the register eligible for a batch: its id ({@code agencyCode:caseNo}), agency and type. */
public record SampleCandidate(String caseId, String agencyCode, ItemType caseType) {
}
