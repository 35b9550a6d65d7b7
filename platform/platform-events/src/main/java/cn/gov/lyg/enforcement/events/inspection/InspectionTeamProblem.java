package cn.gov.lyg.enforcement.events.inspection;

import java.util.List;

/** Why a member cannot serve: the refusal code and personnel's reason codes behind it. */
public record InspectionTeamProblem(String personId, String code, List<String> reasons) {
}
