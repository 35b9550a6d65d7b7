package cn.gov.lyg.enforcement.events.vocabulary;

/** How a discretion benchmark divides a fine range: A 30/40/30 bands, B middle tier, C factor percentages. */
public enum BenchmarkModel {
    A("三档百分比"),
    B("中间档"),
    C("因素百分比");

    private final String displayName;

    BenchmarkModel(String displayName) {
        this.displayName = displayName;
    }

    /** The Chinese name shown to users. */
    public String displayName() {
        return displayName;
    }
}
