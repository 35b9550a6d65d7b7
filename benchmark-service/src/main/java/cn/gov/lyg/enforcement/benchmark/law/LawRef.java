package cn.gov.lyg.enforcement.benchmark.law;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A reference to a provision: law name, the date of the law version cited, article, paragraph (款) and item (项).
 * Paragraph and item are optional. Two references cite the same provision when law and article agree (paragraph and
 * item narrow it further; a law change on an article reaches every paragraph of it).
 */
public record LawRef(String lawName, LocalDate lawVersionDate, String article, String paragraph, String item) {

    public LawRef {
        if (lawName == null || lawName.isBlank()) {
            throw new IllegalArgumentException("lawName is required");
        }
        if (article == null || article.isBlank()) {
            throw new IllegalArgumentException("article is required");
        }
        lawName = lawName.strip();
        article = normaliseArticle(article);
    }

    public static LawRef of(String lawName, String article) {
        return new LawRef(lawName, null, article, null, null);
    }

    /**
     * Whether a change of {@code lawName} article {@code article} reaches this reference; a change without an
     * article (the whole law) reaches every article of the law.
     */
    public boolean cites(String otherLaw, String otherArticle) {
        return otherLaw != null && lawName.equals(otherLaw.strip())
                && (otherArticle == null || otherArticle.isBlank() || article.equals(normaliseArticle(otherArticle)));
    }

    /** "Art. 60", "第六十条" and "60" all become "60" so that references from different sources compare. */
    static String normaliseArticle(String article) {
        String a = article.strip();
        if (a.startsWith("Art.")) {
            a = a.substring(4).strip();
        }
        if (a.startsWith("第") && a.endsWith("条") && a.length() > 2) {
            String number = a.substring(1, a.length() - 1).strip();
            Integer value = chineseNumber(number);
            a = value != null ? String.valueOf(value) : number;
        }
        return a;
    }

    /** 一百二十二 → 122, 十 → 10, 一百零五 → 105, digits as they are; null when it is no number. */
    private static Integer chineseNumber(String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return text.isEmpty() ? null : Integer.valueOf(text);
        }
        String digits = "零一二三四五六七八九";
        int total = 0;
        int current = 0;
        for (char c : text.toCharArray()) {
            int digit = digits.indexOf(c);
            int unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 0;
            if (digit >= 0) {
                current = digit;
            } else if (unit > 0) {
                total += (current == 0 ? 1 : current) * unit;
                current = 0;
            } else {
                return null;
            }
        }
        return total + current;
    }

    public String display() {
        StringBuilder b = new StringBuilder("《").append(lawName).append("》第").append(article).append("条");
        if (paragraph != null && !paragraph.isBlank()) {
            b.append("第").append(paragraph).append("款");
        }
        if (item != null && !item.isBlank()) {
            b.append("第").append(item).append("项");
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LawRef r && lawName.equals(r.lawName) && article.equals(r.article)
                && Objects.equals(paragraph, r.paragraph) && Objects.equals(item, r.item)
                && Objects.equals(lawVersionDate, r.lawVersionDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lawName, article, paragraph, item, lawVersionDate);
    }
}
