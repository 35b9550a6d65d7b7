package cn.gov.lyg.enforcement.catalog.item;

import cn.gov.lyg.enforcement.events.catalog.LawReference;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A structured legal reference (设定依据 / 实施依据): the law's full name, the article, and optionally paragraph and
 * item, e.g. 中华人民共和国食品安全法 第一百二十二条 第一款.
 */
public record LawRef(
        @NotBlank @Size(max = 200) String lawName,
        @NotBlank @Size(max = 50) String article,
        @Size(max = 50) String paragraph,
        @Size(max = 50) String item) {

    public LawReference toEvent() {
        return new LawReference(lawName, article, paragraph, item);
    }
}
