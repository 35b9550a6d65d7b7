package cn.gov.lyg.enforcement.platform.mongo;

/** Text to be matched literally inside a Mongo regular expression (a name search, a code prefix). */
public final class RegexText {

    private RegexText() {
    }

    /** Escapes regex metacharacters one by one ({@code \Q...\E} is not understood by every MongoDB-wire server). */
    public static String literal(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ("\\^$.|?*+()[]{}-/".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
