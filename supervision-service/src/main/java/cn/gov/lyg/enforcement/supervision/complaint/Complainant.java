package cn.gov.lyg.enforcement.supervision.complaint;

/**
 * Who complained. Visible only to the supervision unit handling the complaint and to the hotline that entered it,
 * never to the agency complained about unless {@code disclosureConsent} (严禁泄露投诉举报人情况).
 */
public record Complainant(String name, String phone, boolean anonymous, boolean contactConsent,
                          boolean disclosureConsent) {
}
