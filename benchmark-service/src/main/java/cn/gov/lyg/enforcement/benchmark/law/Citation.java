package cn.gov.lyg.enforcement.benchmark.law;

/**
 * The legal source of a rule or reason: a short source (law or document number) and the provision inside it, with the
 * provenance tag of DOMAIN.md (LAW checked statute text, REC recalled, SRC public source, ASM our assumption).
 */
public record Citation(String source, String provision, String tag) {

    public String display() {
        return provision == null || provision.isBlank() ? source : source + " " + provision;
    }

    public static Citation of(LawRef ref) {
        return new Citation(ref.lawName(), ref.display(), "LAW");
    }
}
