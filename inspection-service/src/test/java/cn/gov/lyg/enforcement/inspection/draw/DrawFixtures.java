package cn.gov.lyg.enforcement.inspection.draw;

import cn.gov.lyg.enforcement.inspection.entity.CreditRiskClass;
import cn.gov.lyg.enforcement.inspection.entity.EntityType;
import cn.gov.lyg.enforcement.inspection.entity.RegistrationStatus;
import cn.gov.lyg.enforcement.platform.identifier.UnifiedSocialCreditCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Synthetic directory entries with valid GB 32100 codes. */
final class DrawFixtures {

    private DrawFixtures() {
    }

    /** A valid credit code of a company registered in {@code region}, numbered {@code n}. */
    static String uscc(String region, int n) {
        String body = String.format("91%sMA%07d", region, n);
        return body + UnifiedSocialCreditCode.checkDigit(body);
    }

    static PopulationMember member(String region, int n, CreditRiskClass c) {
        return new PopulationMember(uscc(region, n), region, null, EntityType.ENTERPRISE, "C1431", Set.of(),
                RegistrationStatus.EXISTING, false, c, 0);
    }

    static PopulationMember member(String region, int n, CreditRiskClass c, RegistrationStatus status, int inspected) {
        return new PopulationMember(uscc(region, n), region, null, EntityType.ENTERPRISE, "C1431", Set.of(), status,
                false, c, inspected);
    }

    /** {@code counts[k]} members of class k in the region, numbered from {@code start}. */
    static List<PopulationMember> population(String region, int start, int a, int b, int c, int d) {
        List<PopulationMember> list = new ArrayList<>();
        int n = start;
        int[] counts = {a, b, c, d};
        for (CreditRiskClass k : CreditRiskClass.values()) {
            for (int i = 0; i < counts[k.ordinal()]; i++) {
                list.add(member(region, n++, k));
            }
        }
        return list;
    }

    static InspectorCandidate officer(String id, String area, String... domains) {
        return new InspectorCandidate(id, true, Set.of(domains), List.of(area), Set.of(), false);
    }

    static List<InspectorCandidate> officers(int count, String area, String domain) {
        List<InspectorCandidate> list = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            list.add(officer(String.format("O%03d", i), area, domain));
        }
        return list;
    }
}
