package cn.gov.lyg.enforcement.benchmark.benchmark;

import cn.gov.lyg.enforcement.events.vocabulary.PenaltyKind;
import cn.gov.lyg.enforcement.benchmark.law.LawRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 行政处罚裁量基准条目: one violation with its provisions, the penalty kinds it allows and requires, its fine formula and
 * its tier table. {@code parentViolationCode} names the entry of the parent benchmark it refines (defaults to the same
 * violation code). {@code reviewReasons} is non-empty while a law or catalog change requires review.
 */
public record BenchmarkEntry(
        String entryId,
        String violationCode,
        String violationName,
        String catalogItemId,
        List<LawRef> violatedProvisions,
        List<LawRef> penaltyProvisions,
        Set<PenaltyKind> allowedPenaltyKinds,
        Set<PenaltyKind> mandatoryPenaltyKinds,
        FineFormula fineFormula,
        List<TierRule> tiers,
        String preconditions,
        List<ExemptionRef> exemptionRefs,
        List<EntryFactor> entryFactors,
        boolean noFaultExemptionExcluded,
        String parentViolationCode,
        List<String> reviewReasons) {

    public BenchmarkEntry {
        violatedProvisions = violatedProvisions == null ? List.of() : List.copyOf(violatedProvisions);
        penaltyProvisions = penaltyProvisions == null ? List.of() : List.copyOf(penaltyProvisions);
        allowedPenaltyKinds = allowedPenaltyKinds == null || allowedPenaltyKinds.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(allowedPenaltyKinds));
        mandatoryPenaltyKinds = mandatoryPenaltyKinds == null || mandatoryPenaltyKinds.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(mandatoryPenaltyKinds));
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
        exemptionRefs = exemptionRefs == null ? List.of() : List.copyOf(exemptionRefs);
        entryFactors = entryFactors == null ? List.of() : List.copyOf(entryFactors);
        reviewReasons = reviewReasons == null ? List.of() : List.copyOf(reviewReasons);
    }

    /** Every rule an entry must satisfy on its own; returns one message per problem (empty = valid). */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        if (violationCode == null || !violationCode.matches("[A-Za-z0-9][A-Za-z0-9_.\\-]{0,63}")) {
            p.add("violationCode must be 1–64 letters, digits, '.', '_' or '-'");
        }
        if (violationName == null || violationName.isBlank()) {
            p.add("violationName is required");
        }
        if (violatedProvisions.isEmpty()) {
            p.add("at least one violated provision is required");
        }
        if (penaltyProvisions.isEmpty()) {
            p.add("at least one penalty provision is required");
        }
        if (allowedPenaltyKinds.isEmpty()) {
            p.add("at least one allowed penalty kind is required");
        }
        if (!allowedPenaltyKinds.containsAll(mandatoryPenaltyKinds)) {
            p.add("mandatory penalty kinds must be allowed kinds");
        }
        if (allowedPenaltyKinds.contains(PenaltyKind.FINE) != (fineFormula != null)) {
            p.add("a fine formula is required exactly when FINE is an allowed kind");
        }
        Set<DiscretionTier> seen = new HashSet<>();
        Set<String> known = knownFactorCodes();
        for (TierRule t : tiers) {
            if (t.tier() == DiscretionTier.NO_PENALTY && t.hasBand()) {
                p.add("NO_PENALTY has no band");
            }
            if (t.hasBand() && !seen.add(t.tier())) {
                p.add("tier " + t.tier() + " has two bands");
            }
            if (t.amountFrom() != null && fineFormula != null && fineFormula.kind() == FormulaKind.BRANCHED) {
                p.add("a branched formula takes tier bands as fractions, not amounts");
            }
            if (t.amountFrom() != null && fineFormula != null && fineFormula.kind() != FormulaKind.BRANCHED
                    && (t.amountFrom().compareTo(fineFormula.min()) < 0 && t.tier() != DiscretionTier.MITIGATED
                    || t.amountTo().compareTo(fineFormula.max()) > 0)) {
                p.add("tier " + t.tier() + " amounts lie outside the statutory range");
            }
            for (PenaltyKind k : t.extraPenalties()) {
                if (!allowedPenaltyKinds.contains(k)) {
                    p.add("tier " + t.tier() + " adds " + k + ", which the entry does not allow");
                }
            }
            for (String code : t.factorCodes()) {
                if (!known.contains(code)) {
                    p.add("unknown factor code " + code + " in tier " + t.tier());
                }
            }
        }
        for (ExemptionRef e : exemptionRefs) {
            for (String code : e.requiredFactors()) {
                if (!known.contains(code)) {
                    p.add("unknown factor code " + code + " in exemption " + e.listName());
                }
            }
        }
        Set<String> codes = new HashSet<>();
        BigDecimal weights = BigDecimal.ZERO;
        for (EntryFactor f : entryFactors) {
            if (!codes.add(f.code())) {
                p.add("factor " + f.code() + " defined twice");
            }
            if (f.weight() != null) {
                weights = weights.add(f.weight());
            }
        }
        if (weights.compareTo(BigDecimal.ONE) > 0) {
            p.add("Model C factor weights add up to more than 1");
        }
        return p;
    }

    /** General factors plus this entry's own. */
    public Set<String> knownFactorCodes() {
        Set<String> known = new LinkedHashSet<>();
        for (Factor f : Factor.values()) {
            known.add(f.name());
        }
        entryFactors.forEach(f -> known.add(f.code()));
        return known;
    }

    public Optional<TierRule> tierRule(DiscretionTier tier) {
        return tiers.stream().filter(t -> t.tier() == tier && t.hasBand()).findFirst();
    }

    public String parentCode() {
        return parentViolationCode == null || parentViolationCode.isBlank() ? violationCode : parentViolationCode;
    }

    /** Every provision this entry cites, violated first. */
    public List<LawRef> provisions() {
        List<LawRef> all = new ArrayList<>(violatedProvisions);
        all.addAll(penaltyProvisions);
        return all;
    }

    public boolean cites(String lawName, String article) {
        return provisions().stream().anyMatch(r -> r.cites(lawName, article));
    }

    public boolean reviewRequired() {
        return !reviewReasons.isEmpty();
    }

    public BenchmarkEntry withReviewReason(String reason) {
        if (reviewReasons.contains(reason)) {
            return this;
        }
        List<String> reasons = new ArrayList<>(reviewReasons);
        reasons.add(reason);
        return withReviewReasons(reasons);
    }

    public BenchmarkEntry withReviewReasons(List<String> reasons) {
        return new BenchmarkEntry(entryId, violationCode, violationName, catalogItemId, violatedProvisions,
                penaltyProvisions, allowedPenaltyKinds, mandatoryPenaltyKinds, fineFormula, tiers, preconditions,
                exemptionRefs, entryFactors, noFaultExemptionExcluded, parentViolationCode, reasons);
    }

    public BenchmarkEntry withEntryId(String id) {
        return new BenchmarkEntry(id, violationCode, violationName, catalogItemId, violatedProvisions,
                penaltyProvisions, allowedPenaltyKinds, mandatoryPenaltyKinds, fineFormula, tiers, preconditions,
                exemptionRefs, entryFactors, noFaultExemptionExcluded, parentViolationCode, reviewReasons);
    }
}
