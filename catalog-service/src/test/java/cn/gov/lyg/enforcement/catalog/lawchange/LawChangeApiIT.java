package cn.gov.lyg.enforcement.catalog.lawchange;

import static cn.gov.lyg.enforcement.catalog.CatalogApi.admin;
import static cn.gov.lyg.enforcement.catalog.CatalogApi.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.catalog.CatalogApi;
import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.catalog.EnforcementItemReviewRequired;
import cn.gov.lyg.enforcement.events.catalog.LawChangeRecorded;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** 立改废: recording a law change flags every ACTIVE item citing the provision, one event per item. */
@ServiceTest
class LawChangeApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;
    CatalogApi api;

    @BeforeEach
    void setUp() {
        api = new CatalogApi(mvc, json);
    }

    private ObjectNode citing(String law, String article) {
        ObjectNode body = api.item("PENALTY");
        ObjectNode ref = json.createObjectNode().put("lawName", law).put("article", article);
        body.putArray("settingBasis").add(ref);
        body.putArray("implementingBasis").add(ref.deepCopy());
        return body;
    }

    @Test
    void activeItemsCitingTheProvisionAreFlaggedAndAnnounced() throws Exception {
        String law = "连云港市测试条例" + CatalogApi.nextSeq();
        String active = api.published(citing(law, "第十条"));
        String otherArticle = api.published(citing(law, "第十一条"));
        String draft = api.read(api.perform(post("/api/catalog/v1/items"), admin(), citing(law, "第十条"))
                .andExpect(status().isCreated())).get("id").asString();
        String cancelled = api.published(citing(law, "第十条"));
        api.perform(post("/api/catalog/v1/items/{id}/cancel", cancelled), admin(), Map.of("reason", "OTHER"))
                .andExpect(status().isOk());

        Map<String, Object> change = Map.of("lawName", law, "article", "第十条", "changeType", "AMENDED",
                "effectiveDate", "2025-10-01");
        api.perform(post("/api/catalog/v1/law-changes"), officer(), change).andExpect(status().isForbidden());
        api.perform(post("/api/catalog/v1/law-changes"), null, change).andExpect(status().isUnauthorized());
        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.CATALOG_ITEMS)) {
            JsonNode recorded = api.read(api.perform(post("/api/catalog/v1/law-changes"), admin(), change)
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.completed").value(true))
                    .andExpect(jsonPath("$.affectedItemIds.length()").value(1))
                    .andExpect(jsonPath("$.affectedItemIds[0]").value(active)));
            String changeId = recorded.get("id").asString();
            JsonNode event = api.events(probe, EnforcementItemReviewRequired.class, active, 1).get(0);
            assertThat(event.get("lawChangeId").asString()).isEqualTo(changeId);
            assertThat(event.get("changeType").asString()).isEqualTo("AMENDED");
            List<String> citedAs = new ArrayList<>();
            event.get("citedAs").forEach(n -> citedAs.add(n.asString()));
            assertThat(citedAs).containsExactly("SETTING", "IMPLEMENTING");
            assertThat(event.at("/item/itemCode").asString()).startsWith("3207-MKT-PEN-");

            // resuming a finished law change flags nothing twice
            api.perform(post("/api/catalog/v1/law-changes/{id}/resume", changeId), admin(), null)
                    .andExpect(status().isOk()).andExpect(jsonPath("$.flaggedItemIds.length()").value(1));
            api.perform(get("/api/catalog/v1/law-changes/{id}", changeId), officer(), null)
                    .andExpect(status().isOk()).andExpect(jsonPath("$.changeTypeName").value("改"));
        }
        api.perform(get("/api/catalog/v1/items/{id}", active), officer(), null)
                .andExpect(jsonPath("$.reviewRequired").value(true))
                .andExpect(jsonPath("$.reviewFlags[0].lawName").value(law));
        api.perform(get("/api/catalog/v1/items").param("reviewRequired", "true").param("q", "3207-MKT-PEN-")
                        .param("size", "200"), officer(), null)
                .andExpect(jsonPath("$.content[?(@.id == '" + active + "')]").exists())
                .andExpect(jsonPath("$.content[?(@.id == '" + otherArticle + "')]").isEmpty());
        for (String untouched : List.of(otherArticle, cancelled)) {
            api.perform(get("/api/catalog/v1/items/{id}", untouched), admin(), null)
                    .andExpect(jsonPath("$.reviewRequired").value(false));
        }
        api.perform(get("/api/catalog/v1/items/{id}", draft), admin(), null)
                .andExpect(jsonPath("$.reviewRequired").value(false));

        // repealing the whole law reaches every article
        api.perform(post("/api/catalog/v1/law-changes"), admin(), Map.of("lawName", law, "changeType", "REPEALED",
                        "effectiveDate", "2026-01-01"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.affectedItemIds.length()").value(2));
    }

    @Test
    void aLawChangeNoItemCitesIsStillAnnouncedOnTheLawChangeTopic() throws Exception {
        String law = "连云港市未引用条例" + CatalogApi.nextSeq();
        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.CATALOG_LAW_CHANGES)) {
            String changeId = api.read(api.perform(post("/api/catalog/v1/law-changes"), admin(), Map.of("lawName", law,
                            "article", "第七条", "changeType", "REPEALED", "effectiveDate", "2026-02-01"))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.affectedItemIds.length()").value(0))).get("id").asString();
            JsonNode event = api.events(probe, LawChangeRecorded.class, changeId, 1).get(0);
            assertThat(event.get("lawName").asString()).isEqualTo(law);
            assertThat(event.get("article").asString()).isEqualTo("第七条");
            assertThat(event.get("changeType").asString()).isEqualTo("REPEALED");
            assertThat(event.get("effectiveDate").asString()).isEqualTo("2026-02-01");
            assertThat(event.get("affectedItems").asInt()).isZero();
        }
    }

    @Test
    void badInputIsRejected() throws Exception {
        api.perform(post("/api/catalog/v1/law-changes"), admin(), Map.of("lawName", "x", "changeType", "RENAMED",
                "effectiveDate", "2025-10-01")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_FIELD_VALUE"));
        api.perform(post("/api/catalog/v1/law-changes"), admin(), Map.of("lawName", "x", "changeType", "AMENDED"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("effectiveDate"));
        api.perform(get("/api/catalog/v1/law-changes/{id}", "no-such"), officer(), null)
                .andExpect(status().isNotFound());
        api.perform(get("/api/catalog/v1/law-changes"), null, null).andExpect(status().isUnauthorized());
        api.perform(get("/api/catalog/v1/law-changes"), officer(), null).andExpect(status().isOk());
    }
}
