package cn.gov.lyg.enforcement.catalog.item;

import cn.gov.lyg.enforcement.events.vocabulary.AdminLevel;
import cn.gov.lyg.enforcement.events.vocabulary.AgencyKind;
import cn.gov.lyg.enforcement.events.vocabulary.EnforcementDomain;
import cn.gov.lyg.enforcement.events.vocabulary.ExerciseMode;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.platform.agency.Agency;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Lianyungang sample data (DOMAIN.md §3.2, §3.3) for catalog tests. */
public final class ItemFixtures {

    public static final String CITY_MARKET = "1132070030010002XW";
    public static final String HZ_MARKET = "11320706300200020C";
    public static final String DH_MARKET = "11320722300400022W";
    public static final String CITY_JUSTICE = "113207003001000115";
    public static final String NIUSHAN_TOWNSHIP = "11320722300401017J";
    public static final String CITY_ECOLOGY = "11320700300100038W";

    public static final Map<String, Agency> AGENCIES = Map.of(
            CITY_MARKET, new Agency(CITY_MARKET, "连云港市市场监督管理局", "320700", AgencyKind.ADMIN_ORGAN,
                    AdminLevel.CITY, Set.of(EnforcementDomain.MARKET), true),
            HZ_MARKET, new Agency(HZ_MARKET, "海州区市场监督管理局", "320706", AgencyKind.ADMIN_ORGAN,
                    AdminLevel.COUNTY, Set.of(EnforcementDomain.MARKET), true),
            DH_MARKET, new Agency(DH_MARKET, "东海县市场监督管理局", "320722", AgencyKind.ADMIN_ORGAN,
                    AdminLevel.COUNTY, Set.of(EnforcementDomain.MARKET), true),
            CITY_JUSTICE, new Agency(CITY_JUSTICE, "连云港市司法局", "320700", AgencyKind.JUSTICE_BUREAU,
                    AdminLevel.CITY, Set.of(), true),
            NIUSHAN_TOWNSHIP, new Agency(NIUSHAN_TOWNSHIP, "东海县牛山街道办事处", "320722", AgencyKind.TOWNSHIP_GOV,
                    AdminLevel.TOWNSHIP, Set.of(EnforcementDomain.URBAN_MGMT), true),
            CITY_ECOLOGY, new Agency(CITY_ECOLOGY, "连云港市生态环境局", "320700", AgencyKind.ADMIN_ORGAN,
                    AdminLevel.CITY, Set.of(EnforcementDomain.ECOLOGY), true));

    public static final LawRef FOOD_SAFETY_122 = new LawRef("中华人民共和国食品安全法", "第一百二十二条", "第一款", null);

    private ItemFixtures() {
    }

    /** 3207-MKT-PEN-0001 对未取得食品经营许可从事食品经营活动的行政处罚. */
    public static ItemDefinition foodLicencePenalty() {
        return new ItemDefinition("3207-MKT-PEN-0001", null, "对未取得食品经营许可从事食品经营活动的行政处罚",
                ItemType.PENALTY, EnforcementDomain.MARKET, null, List.of(FOOD_SAFETY_122), List.of(FOOD_SAFETY_122),
                List.of(CITY_MARKET, HZ_MARKET, DH_MARKET), "执法稽查科", Set.of(AdminLevel.CITY, AdminLevel.COUNTY),
                ExerciseMode.DIRECT, false, false, List.of(), "违法实施行政处罚的，依法追究责任",
                LocalDate.of(2025, 1, 1), null);
    }

    public static ItemDefinition with(ItemDefinition d, ItemType type, ExerciseMode mode, String code) {
        return new ItemDefinition(code, d.provincialItemCode(), d.name(), type, d.domain(), d.parentItemId(),
                d.settingBasis(), d.implementingBasis(), d.implementingAgencyCodes(), d.handlingUnit(),
                d.exerciseLevels(), mode, d.randomCheckItem(), d.keySupervision(), d.relatedCoercionItemIds(),
                d.accountabilityCases(), d.validFrom(), d.validTo());
    }

    public static ItemDefinition withAgencies(ItemDefinition d, List<String> agencies, Set<AdminLevel> levels) {
        return new ItemDefinition(d.itemCode(), d.provincialItemCode(), d.name(), d.itemType(), d.domain(),
                d.parentItemId(), d.settingBasis(), d.implementingBasis(), agencies, d.handlingUnit(), levels,
                d.exerciseMode(), d.randomCheckItem(), d.keySupervision(), d.relatedCoercionItemIds(),
                d.accountabilityCases(), d.validFrom(), d.validTo());
    }
}
