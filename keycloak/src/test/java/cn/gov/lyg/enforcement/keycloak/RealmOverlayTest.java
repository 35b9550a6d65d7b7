package cn.gov.lyg.enforcement.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RealmOverlayTest {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    static JsonNode json(String text) {
        return MAPPER.readTree(text.replace('\'', '"'));
    }

    @Test
    void keyedEntriesAreMergedNewOnesAppendedOtherValuesReplaced() {
        JsonNode base = json("{'realm':'enforcement','passwordPolicy':'length(12)',"
                + "'roles':{'realm':[{'name':'officer','description':'d'}]},"
                + "'clients':[{'clientId':'a','secret':'${A}','redirectUris':['x'],'attributes':{'k':'1','l':'2'}}],"
                + "'users':[{'username':'service-account-a','realmRoles':['integration']}]}");
        JsonNode overlay = json("{'_comment':'dev','passwordPolicy':'length(8)',"
                + "'roles':{'realm':[{'name':'tester','description':'t'}]},"
                + "'clients':[{'clientId':'a','secret':'${A:dev}','redirectUris':['y'],'attributes':{'k':'9'}},"
                + "{'clientId':'b'}],'users':[{'username':'alice'}]}");

        JsonNode merged = RealmOverlay.merge(base, overlay);

        assertThat(merged.has("_comment")).isFalse();
        assertThat(merged.path("realm").asString()).isEqualTo("enforcement");
        assertThat(merged.path("passwordPolicy").asString()).isEqualTo("length(8)");
        assertThat(merged.path("roles").path("realm").size()).isEqualTo(2);
        JsonNode a = merged.path("clients").path(0);
        assertThat(a.path("secret").asString()).isEqualTo("${A:dev}");
        assertThat(a.path("redirectUris").toString()).isEqualTo("[\"y\"]");
        assertThat(a.path("attributes").path("k").asString()).isEqualTo("9");
        assertThat(a.path("attributes").path("l").asString()).isEqualTo("2");
        assertThat(merged.path("clients").path(1).path("clientId").asString()).isEqualTo("b");
        assertThat(merged.path("users").size()).isEqualTo(2);
        // the inputs stay as they were
        assertThat(base.path("clients").path(0).path("secret").asString()).isEqualTo("${A}");
        assertThat(base.path("users").size()).isEqualTo(1);
    }

    @Test
    void anOverlayEntryWithoutItsKeyIsRefused() {
        assertThatThrownBy(() -> RealmOverlay.merge(json("{'clients':[]}"), json("{'clients':[{'name':'x'}]}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clientId");
    }
}
