package cn.gov.lyg.enforcement.supervision.guidance;

import cn.gov.lyg.enforcement.events.vocabulary.ReviewGrade;
import java.util.ArrayList;
import java.util.List;

/**
 * Which reviewed files may become guidance or typical cases [ASM, DOMAIN.md §2.5.1 gives no rule]: only a final
 * (published) review; a guidance case 指导性案例 and a positive typical case must be a good file (guidance: EXCELLENT;
 * positive typical: EXCELLENT or GOOD; no veto hit); a negative typical case must show what went wrong (rectification
 * required: problems found or UNQUALIFIED). A guidance case is always positive.
 */
public final class GuidanceRules {

    private GuidanceRules() {
    }

    /** What the rules need to know of the reviewed file. */
    public record ReviewedFile(boolean finalResult, ReviewGrade grade, boolean vetoed, boolean rectificationRequired) {
    }

    /** Rule codes against selecting the file as {@code kind} with {@code lesson}; empty when eligible. */
    public static List<String> eligibility(GuidanceKind kind, Lesson lesson, ReviewedFile file) {
        List<String> codes = new ArrayList<>();
        if (!file.finalResult()) {
            codes.add("REVIEW_NOT_FINAL");
            return codes;
        }
        if (kind == GuidanceKind.GUIDANCE && lesson == Lesson.NEGATIVE) {
            codes.add("GUIDANCE_CASE_MUST_BE_POSITIVE");
        }
        if (lesson == Lesson.POSITIVE) {
            boolean good = kind == GuidanceKind.GUIDANCE ? file.grade() == ReviewGrade.EXCELLENT
                    : file.grade() == ReviewGrade.EXCELLENT || file.grade() == ReviewGrade.GOOD;
            if (!good || file.vetoed()) {
                codes.add("GRADE_TOO_LOW_FOR_EXAMPLE");
            }
        } else if (!file.rectificationRequired()) {
            codes.add("NO_PROBLEM_TO_SHOW");
        }
        return codes;
    }
}
