package cn.gov.lyg.enforcement.catalog.delegation;

import static cn.gov.lyg.enforcement.catalog.CatalogApi.DH_MARKET;
import static cn.gov.lyg.enforcement.catalog.CatalogApi.NIUSHAN;
import static cn.gov.lyg.enforcement.catalog.CatalogApi.admin;
import static cn.gov.lyg.enforcement.catalog.CatalogApi.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.lyg.enforcement.catalog.CatalogApi;
import cn.gov.lyg.enforcement.events.Topics;
import cn.gov.lyg.enforcement.events.catalog.TownshipDelegationGranted;
import cn.gov.lyg.enforcement.events.catalog.TownshipDelegationRecalled;
import cn.gov.lyg.enforcement.platform.test.KafkaProbe;
import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Township delegations and the city list through the API: grant → publish → evaluate → recall, holder, events. */
@ServiceTest
class DelegationApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    MongoTemplate mongo;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;
    CatalogApi api;

    @BeforeEach
    void setUp() {
        api = new CatalogApi(mvc, json);
    }

    private Map<String, Object> grant(String itemId, String listId) {
        Map<String, Object> body = new HashMap<>();
        body.put("itemId", itemId);
        body.put("townshipAgencyCode", NIUSHAN);
        body.put("decisionDocNo", "苏政发〔2025〕" + CatalogApi.nextSeq() + "号");
        if (listId != null) {
            body.put("cityListId", listId);
        }
        return body;
    }

    @Test
    void grantPublishEvaluateRecallAndWhoHoldsThePower() throws Exception {
        String seizure = api.published(api.item("COERCION"));
        ObjectNode penaltyBody = api.item("PENALTY");
        penaltyBody.putArray("relatedCoercionItemIds").add(seizure);
        String penalty = api.published(penaltyBody);
        String listId = api.read(api.perform(post("/api/catalog/v1/city-lists"), admin(), Map.of())
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))).get("id").asString();

        JsonNode proposed = api.read(api.perform(post("/api/catalog/v1/delegations"), admin(), grant(penalty, listId))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PROPOSED"))
                .andExpect(jsonPath("$.fromAgencyCode").value(DH_MARKET))
                .andExpect(jsonPath("$.regionCode").value("320722"))
                .andExpect(jsonPath("$.coveredItemIds.length()").value(2)));
        String id = proposed.get("id").asString();
        // proposals are internal
        api.perform(get("/api/catalog/v1/delegations/{id}", id), officer(), null).andExpect(status().isNotFound());
        api.perform(get("/api/catalog/v1/public/delegations").param("itemId", penalty), null, null)
                .andExpect(jsonPath("$.totalElements").value(0));
        api.perform(post("/api/catalog/v1/delegations"), admin(), grant(penalty, null))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("DELEGATION_DUPLICATE"));

        try (KafkaProbe probe = new KafkaProbe(bootstrap, Topics.CATALOG_DELEGATIONS)) {
            api.perform(post("/api/catalog/v1/delegations/{id}/approve", id).header("If-Match", "\"0\""), admin(), null)
                    .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
            api.perform(post("/api/catalog/v1/delegations/{id}/publish", id), admin(),
                            Map.of("effectiveFrom", "2025-02-01"))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("EFFECTIVE"));
            JsonNode granted = api.events(probe, TownshipDelegationGranted.class, id, 1).get(0);
            assertThat(granted.get("townshipAgencyCode").asString()).isEqualTo(NIUSHAN);
            assertThat(granted.get("coveredItemIds").size()).isEqualTo(2);
            assertThat(granted.get("cityListId").asString()).isEqualTo(listId);

            // while effective: the township holds the power, exclusively; the related seizure moves with it
            holder(penalty, "2025-05-01").andExpect(jsonPath("$.holder").value("TOWNSHIP"))
                    .andExpect(jsonPath("$.agencyCodes[0]").value(NIUSHAN));
            holder(seizure, "2025-05-01").andExpect(jsonPath("$.holder").value("TOWNSHIP"));
            holder(penalty, "2025-01-31").andExpect(jsonPath("$.holder").value("DEPARTMENT"))
                    .andExpect(jsonPath("$.agencyCodes[0]").value(DH_MARKET));
            api.perform(get("/api/catalog/v1/items/{id}/usability", penalty).param("agencyCode", DH_MARKET)
                            .param("regionCode", "320722").param("townshipAgencyCode", NIUSHAN)
                            .param("date", "2025-05-01"), officer(), null)
                    .andExpect(jsonPath("$.usable").value(false))
                    .andExpect(jsonPath("$.reasons[0]").value("DELEGATED_TO_TOWNSHIP"));
            api.perform(get("/api/catalog/v1/items/{id}/usability", penalty).param("agencyCode", NIUSHAN)
                            .param("date", "2025-05-01"), officer(), null)
                    .andExpect(jsonPath("$.usable").value(true)).andExpect(jsonPath("$.capacity").value("DELEGATED"))
                    .andExpect(jsonPath("$.delegationId").value(id));

            api.perform(post("/api/catalog/v1/delegations/{id}/evaluations", id), admin(),
                            Map.of("evaluatedOn", "2025-06-30", "result", "CONTINUED", "opinion", "承接良好"))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CONTINUED"))
                    .andExpect(jsonPath("$.evaluations[0].result").value("CONTINUED"))
                    .andExpect(jsonPath("$.nextEvaluationDue").value("2026-06-30"));
            // one date field only: the names callers read with opposite meanings are refused, nothing is recalled
            for (String ambiguous : List.of("effectiveDate", "effectiveTo")) {
                api.perform(post("/api/catalog/v1/delegations/{id}/recall", id), admin(),
                                Map.of(ambiguous, "2025-08-01", "reason", "苏司函〔2025〕15号"))
                        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("UNKNOWN_FIELD"))
                        .andExpect(jsonPath("$.errors[0].field").value(ambiguous));
            }
            api.perform(get("/api/catalog/v1/delegations/{id}", id), admin(), null)
                    .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CONTINUED"));
            api.perform(post("/api/catalog/v1/delegations/{id}/recall", id), admin(),
                            Map.of("recallDate", "2025-07-31", "reason", "苏司函〔2025〕15号"))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RECALLED"))
                    .andExpect(jsonPath("$.effectiveTo").value("2025-07-31"));
            JsonNode recalled = api.events(probe, TownshipDelegationRecalled.class, id, 1).get(0);
            assertThat(recalled.get("recallDate").asString()).isEqualTo("2025-07-31");
        }
        // cases filed on or before the recall date stay with the township, later ones go back to the department
        holder(penalty, "2025-07-31").andExpect(jsonPath("$.holder").value("TOWNSHIP"));
        api.perform(get("/api/catalog/v1/items/{id}/holder", penalty).param("townshipAgencyCode", NIUSHAN)
                        .param("date", "2025-08-01"), officer(), null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.holder").value("DEPARTMENT"))
                .andExpect(jsonPath("$.agencyCodes[0]").value(DH_MARKET));
        holder(penalty, "2025-08-01").andExpect(jsonPath("$.holder").value("DEPARTMENT"))
                .andExpect(jsonPath("$.basis").value("DELEGATION_RECALLED"));
        api.perform(post("/api/catalog/v1/delegations/{id}/recall", id), admin(), Map.of("recallDate", "2025-08-31"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("INVALID_TRANSITION"));

        api.perform(get("/api/catalog/v1/public/delegations").param("townshipAgencyCode", NIUSHAN)
                        .param("itemId", penalty), null, null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].status").value("RECALLED"));

        // the list version is published; a newer one supersedes it
        api.perform(post("/api/catalog/v1/city-lists/{id}/publish", listId), admin(), Map.of())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        api.perform(post("/api/catalog/v1/city-lists/{id}/publish", listId), admin(),
                        Map.of("approvalDocNo", "连政发〔2025〕1号"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.delegations.length()").value(1));
        api.perform(post("/api/catalog/v1/delegations"), admin(), grant(seizure, listId))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("INVALID_TRANSITION"));
        api.perform(post("/api/catalog/v1/city-lists/{id}/delegations", listId), admin(), grant(seizure, null))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("INVALID_TRANSITION"));
        String next = api.read(api.perform(post("/api/catalog/v1/city-lists"), admin(), Map.of("title", "第二版"))
                .andExpect(status().isCreated())).get("id").asString();
        api.perform(post("/api/catalog/v1/city-lists/{id}/publish", next), admin(),
                Map.of("approvalDocNo", "连政发〔2025〕9号")).andExpect(status().isOk());
        api.perform(get("/api/catalog/v1/public/city-lists/{id}", listId), null, null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUPERSEDED"))
                .andExpect(jsonPath("$.supersededBy").value(next));
    }

    private org.springframework.test.web.servlet.ResultActions holder(String itemId, String date) throws Exception {
        return api.perform(get("/api/catalog/v1/delegations/holder").param("itemId", itemId)
                .param("townshipAgencyCode", NIUSHAN).param("date", date), officer(), null).andExpect(status().isOk());
    }

    @Test
    void as29OnlyCountyPenaltyItemsAndNothingIsWrittenOnRejection() throws Exception {
        ObjectNode licensing = api.item("LICENSING");
        licensing.putArray("implementingAgencyCodes").add(CatalogApi.CITY_MARKET);
        licensing.putArray("exerciseLevels").add("CITY");
        String cityLicensing = api.published(licensing);
        String listId = api.read(api.perform(post("/api/catalog/v1/city-lists"), admin(), null)
                .andExpect(status().isCreated())).get("id").asString();
        Map<String, Object> toList = grant(cityLicensing, null);
        api.perform(post("/api/catalog/v1/city-lists/{id}/delegations", listId), admin(), toList)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("DELEGATION_TYPE_NOT_ALLOWED"));
        api.perform(post("/api/catalog/v1/delegations"), admin(), grant(cityLicensing, listId))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("DELEGATION_TYPE_NOT_ALLOWED"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("行政处罚法")));
        assertThat(mongo.count(new Query(Criteria.where("itemId").is(cityLicensing)), TownshipDelegation.class))
                .isZero();

        String penalty = api.published(api.item("PENALTY"));
        Map<String, Object> wrongCounty = grant(penalty, null);
        wrongCounty.put("fromAgencyCode", CatalogApi.HZ_MARKET);
        api.perform(post("/api/catalog/v1/delegations"), admin(), wrongCounty)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("TOWNSHIP_NOT_IN_COUNTY"));
        Map<String, Object> notTownship = grant(penalty, null);
        notTownship.put("townshipAgencyCode", CatalogApi.HZ_MARKET);
        api.perform(post("/api/catalog/v1/delegations"), admin(), notTownship)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("TOWNSHIP_REQUIRED"));
        Map<String, Object> noDecision = grant(penalty, null);
        noDecision.remove("decisionDocNo");
        api.perform(post("/api/catalog/v1/delegations"), admin(), noDecision)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("decisionDocNo"));
        Map<String, Object> badCode = grant(penalty, null);
        badCode.put("townshipAgencyCode", "11320722300401017X");
        api.perform(post("/api/catalog/v1/delegations"), admin(), badCode).andExpect(status().isBadRequest());
        api.perform(post("/api/catalog/v1/delegations"), admin(), grant("no-such-item", null))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("ITEM_UNKNOWN"));
        assertThat(mongo.count(new Query(Criteria.where("itemId").is(penalty)), TownshipDelegation.class)).isZero();

        // an item suspended after the proposal cannot be delegated any more
        String proposal = api.read(api.perform(post("/api/catalog/v1/delegations"), admin(), grant(penalty, null))
                .andExpect(status().isCreated())).get("id").asString();
        api.perform(post("/api/catalog/v1/items/{id}/suspend", penalty), admin(), Map.of("reason", "OTHER"))
                .andExpect(status().isOk());
        api.perform(post("/api/catalog/v1/delegations/{id}/approve", proposal), admin(), null)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("ITEM_NOT_ACTIVE"));
        api.perform(post("/api/catalog/v1/delegations"), admin(), grant(penalty, null))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("ITEM_NOT_ACTIVE"));

        // authorization
        api.perform(post("/api/catalog/v1/delegations"), null, grant(penalty, null))
                .andExpect(status().isUnauthorized());
        api.perform(post("/api/catalog/v1/delegations"), CatalogApi.dhAgencyAdmin(), grant(penalty, null))
                .andExpect(status().isForbidden());
        api.perform(post("/api/catalog/v1/city-lists"), CatalogApi.citySupervisor(), null)
                .andExpect(status().isForbidden());
        api.perform(get("/api/catalog/v1/city-lists/{id}", listId), officer(), null).andExpect(status().isNotFound());
        api.perform(get("/api/catalog/v1/public/city-lists/{id}", listId), null, null)
                .andExpect(status().isNotFound());
        api.perform(get("/api/catalog/v1/delegations/holder").param("itemId", penalty)
                .param("townshipAgencyCode", NIUSHAN), null, null).andExpect(status().isUnauthorized());
        api.perform(post("/api/catalog/v1/delegations/{id}/approve", "no-such"), admin(), null)
                .andExpect(status().isNotFound());
        api.perform(get("/api/catalog/v1/delegations"), officer(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.status == 'PROPOSED')]").isEmpty());
        assertThat(List.of()).isEmpty();
    }
}
