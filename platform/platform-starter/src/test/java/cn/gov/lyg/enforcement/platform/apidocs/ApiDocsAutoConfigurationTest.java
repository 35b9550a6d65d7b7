package cn.gov.lyg.enforcement.platform.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiDocsAutoConfigurationTest {

    @Test
    void onlyThePublicDisclosurePathsArePublic() {
        assertThat(ApiDocsAutoConfiguration.isPublic("/api/catalog/v1/public/items")).isTrue();
        assertThat(ApiDocsAutoConfiguration.isPublic("/api/catalog/v1/public")).isTrue();
        assertThat(ApiDocsAutoConfiguration.isPublic("/api/catalog/v1/items/public")).isFalse();
        assertThat(ApiDocsAutoConfiguration.isPublic("/api/catalog/v1/publicity")).isFalse();
        assertThat(ApiDocsAutoConfiguration.isPublic("/api/inspections/v1/publicity/x")).isFalse();
    }
}
