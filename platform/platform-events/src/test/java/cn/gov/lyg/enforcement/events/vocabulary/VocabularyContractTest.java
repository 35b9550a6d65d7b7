package cn.gov.lyg.enforcement.events.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every enumeration of every event schema is covered by exactly one vocabulary enum (or is a state that its owning
 * service tests), and the enum's constants are exactly the schema's values: a service using the vocabulary cannot
 * accept less or more than the contract.
 */
class VocabularyContractTest {

    /** Schema enumerations (by pointer suffix) and the vocabulary enum (with the subset it allows there). */
    private record Binding(Class<? extends Enum<?>> type, Predicate<Enum<?>> subset) {
        Set<String> expected() {
            return Arrays.stream(type.getEnumConstants()).filter(subset).map(Enum::name)
                    .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        }
    }

    private static Binding all(Class<? extends Enum<?>> type) {
        return new Binding(type, e -> true);
    }

    private static final Map<String, Binding> BINDINGS = new LinkedHashMap<>();

    static {
        BINDINGS.put("/domains/items", all(EnforcementDomain.class));
        BINDINGS.put("/enforcementDomains/items", all(EnforcementDomain.class));
        BINDINGS.put("/agency/properties/agencyKind", all(AgencyKind.class));
        BINDINGS.put("/agency/properties/adminLevel",
                new Binding(AdminLevel.class, e -> ((AdminLevel) e).isAgencyLevel()));
        BINDINGS.put("/exerciseLevels/items", all(AdminLevel.class));
        BINDINGS.put("/itemSnapshot/properties/itemType", all(ItemType.class));
        BINDINGS.put("delegation-granted.v1.json#/properties/itemType", new Binding(ItemType.class,
                e -> e == ItemType.PENALTY || e == ItemType.COERCION));
        BINDINGS.put("/exerciseMode", all(ExerciseMode.class));
        BINDINGS.put("/properties/reason", all(StatusReason.class));
        BINDINGS.put("/properties/changeType", all(LawChangeType.class));
        BINDINGS.put("/citedAs/items", all(CitationRole.class));
        BINDINGS.put("/certificate/properties/certificateKind", all(CertificateKind.class));
        BINDINGS.put("/allowedTasks/items", all(AuxiliaryTask.class));
        BINDINGS.put("/properties/partyType", all(PartyType.class));
        BINDINGS.put("/properties/measure", all(AccountabilityMeasure.class));
        BINDINGS.put("training-shortfall-detected.v1.json#/properties/source", all(ShortfallSource.class));
        BINDINGS.put("/properties/channel", all(ComplaintChannel.class));
        BINDINGS.put("letter-issued.v1.json#/properties/letterType", all(SupervisionLetterType.class));
        BINDINGS.put("letter-escalated.v1.json#/properties/escalationMeasure", all(EscalationMeasure.class));
        BINDINGS.put("three-systems-deadline-passed.v1.json#/properties/kind", all(ThreeSystemsAlertKind.class));
        BINDINGS.put("complaint-received.v1.json#/properties/kind", all(ComplaintKind.class));
        BINDINGS.put("complaint-received.v1.json#/properties/category", all(ComplaintCategory.class));
        BINDINGS.put("complaint-closed.v1.json#/properties/finding/anyOf/1", all(ComplaintFinding.class));
        BINDINGS.put("/penaltyKinds/items", all(PenaltyKind.class));
        BINDINGS.put("case-milestone-recorded.v1.json#/properties/caseType", all(ItemType.class));
        BINDINGS.put("case-file-review-completed.v1.json#/properties/caseType", all(ItemType.class));
        BINDINGS.put("case-file-review-completed.v1.json#/properties/grade", all(ReviewGrade.class));
        BINDINGS.put("case-milestone-recorded.v1.json#/properties/milestone", all(CaseMilestone.class));
        BINDINGS.put("case-milestone-recorded.v1.json#/properties/outcome/anyOf/1", all(RemedyOutcome.class));
        BINDINGS.put("case-milestone-recorded.v1.json#/properties/reviewResult/anyOf/1", all(LegalReviewResult.class));
        BINDINGS.put("case-milestone-corrected.v1.json#/properties/caseType", all(ItemType.class));
        BINDINGS.put("case-milestone-corrected.v1.json#/properties/milestone", all(CaseMilestone.class));
        BINDINGS.put("case-milestone-corrected.v1.json#/properties/outcome/anyOf/1", all(RemedyOutcome.class));
        BINDINGS.put("case-milestone-corrected.v1.json#/properties/reviewResult/anyOf/1",
                all(LegalReviewResult.class));
        BINDINGS.put("inspection-assigned.v1.json#/properties/kind", all(InspectionKind.class));
        BINDINGS.put("inspection-result-publicized.v1.json#/properties/kind", all(InspectionKind.class));
        BINDINGS.put("/team/items/properties/kind", all(TeamMemberKind.class));
        BINDINGS.put("plan-published.v1.json#/properties/tasks/items/properties/kind", new Binding(InspectionKind.class,
                e -> e == InspectionKind.ROUTINE || e == InspectionKind.SPECIAL));
        BINDINGS.put("/team/items/properties/role", all(TeamRole.class));
        BINDINGS.put("/followUpActions/items", all(FollowUpAction.class));
        BINDINGS.put("benchmark-published.v1.json#/properties/level",
                new Binding(AdminLevel.class, e -> e != AdminLevel.TOWNSHIP));
        BINDINGS.put("benchmark-published.v1.json#/properties/model", all(BenchmarkModel.class));
        BINDINGS.put("benchmark-published.v1.json#/properties/revisionReason", all(BenchmarkRevisionReason.class));
        BINDINGS.put("/properties/recommendedTier", all(DiscretionTier.class));
        BINDINGS.put("/finalPenaltyKinds/items", all(PenaltyKind.class));
        BINDINGS.put("/properties/approvalType", all(DeviationApprovalType.class));
    }

    /**
     * States of an aggregate: each event carries the states it can be in after the change, the full state machine
     * lives with the aggregate in the owning service, which tests the enum against these schemas.
     */
    private static final List<String> OWNED_STATES = List.of(
            "/itemSnapshot/properties/status",
            "/agency/properties/status",
            "agency-closed.v1.json#/properties/status",
            "/certificate/properties/status",
            "auxiliary-registered.v1.json#/properties/status",
            "/properties/employmentStatus",
            "complaint-overdue.v1.json#/properties/stage");

    @Test
    void everySchemaEnumerationHasItsVocabularyTypeWithExactlyTheSameValues() {
        Map<String, Set<String>> enums = SchemaEnums.all();
        assertThat(enums).as("the event schemas enumerate values").hasSizeGreaterThan(20);
        enums.forEach((key, values) -> {
            if (OWNED_STATES.stream().anyMatch(key::endsWith)) {
                return;
            }
            List<Binding> bindings = BINDINGS.entrySet().stream().filter(b -> key.endsWith(b.getKey()))
                    .map(Map.Entry::getValue).toList();
            assertThat(bindings).as("vocabulary type for %s %s", key, values).hasSize(1);
            Binding binding = bindings.get(0);
            assertThat(binding.expected()).as("%s against %s", binding.type().getSimpleName(), key)
                    .containsExactlyInAnyOrderElementsOf(values);
        });
    }

    @Test
    void everyVocabularyTypeIsUsedBySomeSchema() {
        Map<String, Set<String>> enums = SchemaEnums.all();
        BINDINGS.forEach((suffix, binding) -> assertThat(enums.keySet()).as("schemas enumerating %s", suffix)
                .anyMatch(key -> key.endsWith(suffix)));
    }

    @Test
    void agencyDomainsIncludeCommerceAndHumanResources() {
        assertThat(SchemaEnums.union("/domains/items")).contains("COMMERCE", "HR_SOCIAL_SECURITY");
        assertThat(EnforcementDomain.valueOf("COMMERCE").codeSegment()).isEqualTo("COM");
    }

    @Test
    void everyTermHasAChineseNameAndDomainsAndTypesHaveDistinctCodeSegments() {
        for (Class<? extends Enum<?>> type : BINDINGS.values().stream().map(Binding::type).distinct().toList()) {
            for (Enum<?> constant : type.getEnumConstants()) {
                String name;
                try {
                    name = (String) type.getMethod("displayName").invoke(constant);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(type + " has no displayName()", e);
                }
                assertThat(name).as("%s.%s", type.getSimpleName(), constant).isNotBlank()
                        .matches(".*\\p{IsHan}.*");
            }
        }
        assertThat(Arrays.stream(EnforcementDomain.values()).map(EnforcementDomain::codeSegment).distinct())
                .hasSize(EnforcementDomain.values().length).allMatch(s -> s.matches("[A-Z]{3}"));
        assertThat(Arrays.stream(ItemType.values()).map(ItemType::codeSegment).distinct())
                .hasSize(ItemType.values().length).allMatch(s -> s.matches("[A-Z]{3}"));
    }
}
