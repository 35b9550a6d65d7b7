package cn.gov.lyg.enforcement.catalog.delegation;

import java.util.List;

/** Versions of the 一市一清单: DRAFT → PUBLISHED → SUPERSEDED (by the next published version). */
public enum CityListStatus {
    DRAFT("草稿", List.of("add", "publish")),
    PUBLISHED("已公布", List.of()),
    SUPERSEDED("已被替代", List.of());

    private final String displayName;
    private final List<String> allowedActions;

    CityListStatus(String displayName, List<String> allowedActions) {
        this.displayName = displayName;
        this.allowedActions = allowedActions;
    }

    public String displayName() {
        return displayName;
    }

    public List<String> allowedActions() {
        return allowedActions;
    }
}
