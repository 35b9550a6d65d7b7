package cn.gov.lyg.enforcement.inspection.team;

import java.util.List;

/**
 * Why one member cannot serve: {@code code} is the refusal (e.g. {@code CERTIFICATE_NOT_ASSIGNABLE}),
 * {@code reasons} personnel's reason codes behind it.
 */
public record MemberProblem(String personId, String code, List<String> reasons) {

    public MemberProblem {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
