package cn.gov.lyg.enforcement.events.catalog;

/** A structured legal reference (法律依据): law, article, paragraph, item, as carried in catalog events. */
public record LawReference(String lawName, String article, String paragraph, String item) {
}
