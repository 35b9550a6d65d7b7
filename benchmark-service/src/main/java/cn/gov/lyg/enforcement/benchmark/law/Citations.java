package cn.gov.lyg.enforcement.benchmark.law;

/** The provisions the benchmark rules rest on (DOMAIN.md §2.2.1, Appendix A). */
public final class Citations {

    private static final String APL = "《中华人民共和国行政处罚法》";
    private static final String GUIDANCE = "国办发〔2022〕27号《关于进一步规范行政裁量权基准制定和管理工作的意见》";
    private static final String SAMR = "国市监法规〔2022〕2号";

    public static final Citation ART_29 = new Citation(APL, "第二十九条", "LAW");
    public static final Citation ART_30 = new Citation(APL, "第三十条", "LAW");
    public static final Citation ART_31 = new Citation(APL, "第三十一条", "LAW");
    public static final Citation ART_32 = new Citation(APL, "第三十二条", "LAW");
    public static final Citation ART_33_1_MINOR = new Citation(APL, "第三十三条第一款第一句", "LAW");
    public static final Citation ART_33_1_FIRST = new Citation(APL, "第三十三条第一款第二句", "LAW");
    public static final Citation ART_33_2_NO_FAULT = new Citation(APL, "第三十三条第二款", "LAW");
    public static final Citation ART_33_3_EDUCATION = new Citation(APL, "第三十三条第三款", "LAW");
    public static final Citation ART_34 = new Citation(APL, "第三十四条", "LAW");
    public static final Citation ART_36 = new Citation(APL, "第三十六条", "LAW");
    public static final Citation ART_37 = new Citation(APL, "第三十七条", "LAW");
    public static final Citation ART_44 = new Citation(APL, "第四十四条", "LAW");
    public static final Citation ART_49 = new Citation(APL, "第四十九条", "LAW");
    public static final Citation ART_51 = new Citation(APL, "第五十一条", "LAW");
    public static final Citation ART_58 = new Citation(APL, "第五十八条", "LAW");
    public static final Citation ART_63 = new Citation(APL, "第六十三条", "LAW");
    public static final Citation ART_64_1 = new Citation(APL, "第六十四条第（一）项", "LAW");
    public static final Citation ART_64_2 = new Citation(APL, "第六十四条第（二）项", "LAW");
    public static final Citation ART_68 = new Citation(APL, "第六十八条", "LAW");
    public static final Citation ART_85 = new Citation(APL, "第八十五条", "LAW");

    public static final Citation GUIDANCE_TIERS = new Citation(GUIDANCE, "（划分裁量阶次）", "REC");
    public static final Citation GUIDANCE_HIERARCHY = new Citation(GUIDANCE, "（下级不得超出上级基准的阶次和幅度）", "REC");
    public static final Citation GUIDANCE_DEVIATION = new Citation(GUIDANCE, "（调整适用须经主要负责人批准或集体讨论）", "REC");
    public static final Citation GUIDANCE_DYNAMIC = new Citation(GUIDANCE, "（立改废后动态调整）", "REC");
    public static final Citation GUIDANCE_MANDATORY_KIND = new Citation("裁量基准适用规则", "（从轻不得免除法定应当给予的处罚种类）", "SRC");
    public static final Citation MODEL_A = new Citation(SAMR, "（30%/40%/30% 分档）", "REC");
    public static final Citation MODEL_B = new Citation("地方裁量基准（中间档为一般）", "（仅规定上限：一般 40%–60%，从轻 20% 以下，从重 60%–100%）", "SRC");
    public static final Citation MODEL_C = new Citation("生态环境裁量基准（因素百分比）", "", "ASM");
    public static final Citation CIRCUMSTANCE_MAPPING = new Citation("江苏省裁量基准表（违法程度对应阶次）", "", "ASM");
    public static final Citation ECONOMIC_IMPACT = new Citation("苏政办发〔2023〕47号", "（涉企行政执法案件经济影响评估）", "SRC");

    private Citations() {
    }
}
