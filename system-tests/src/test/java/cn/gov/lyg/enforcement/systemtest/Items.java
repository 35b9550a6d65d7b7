package cn.gov.lyg.enforcement.systemtest;

import java.security.SecureRandom;
import tools.jackson.databind.node.ObjectNode;

/** Create-item bodies from the Lianyungang sample data, with unique item codes per run. */
final class Items {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Items() {
    }

    static String uniqueCode(String prefix) {
        return prefix + String.format("%04d", 1000 + RANDOM.nextInt(9000));
    }

    /** 3207-MKT-PEN-xxxx, modelled on 对未取得食品经营许可从事食品经营活动的行政处罚 (食品安全法 Art. 122). */
    static ObjectNode foodPenalty() {
        ObjectNode item = Stack.JSON.createObjectNode();
        item.put("itemCode", uniqueCode("3207-MKT-PEN-"));
        item.put("name", "对未取得食品经营许可从事食品经营活动的行政处罚（系统测试）");
        item.put("itemType", "PENALTY");
        item.put("domain", "MARKET");
        var basis = Stack.JSON.createObjectNode();
        basis.put("lawName", "中华人民共和国食品安全法");
        basis.put("article", "第一百二十二条");
        basis.put("paragraph", "第一款");
        item.putArray("settingBasis").add(basis.deepCopy());
        item.putArray("implementingBasis").add(basis);
        item.putArray("implementingAgencyCodes").add("1132070030010002XW").add("11320706300200020C")
                .add("11320722300400022W");
        item.put("handlingUnit", "执法稽查科");
        item.putArray("exerciseLevels").add("CITY").add("COUNTY");
        item.put("exerciseMode", "DIRECT");
        item.put("validFrom", "2025-01-01");
        return item;
    }
}
