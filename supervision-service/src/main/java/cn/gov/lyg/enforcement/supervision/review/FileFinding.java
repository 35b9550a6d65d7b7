package cn.gov.lyg.enforcement.supervision.review;

/**
 * What a reviewer found against one template item in one file: the item code, how often (1 for veto and fixed items),
 * a note and the page of the file where the defect is.
 */
public record FileFinding(String itemCode, int occurrences, String note, String evidencePage) {
}
