package cn.gov.lyg.enforcement.gateway.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderBearerTokenConverterTest {

	@Test
	void acceptsToken68() {
		assertThat(HeaderBearerTokenConverter.token("Bearer abc.DEF-_~+/123==")).isEqualTo("abc.DEF-_~+/123==");
		assertThat(HeaderBearerTokenConverter.token("bearer abc")).isEqualTo("abc");
	}

	@Test
	void rejectsMalformed() {
		assertThat(HeaderBearerTokenConverter.token("Bearer")).isNull();
		assertThat(HeaderBearerTokenConverter.token("Bearer ")).isNull();
		assertThat(HeaderBearerTokenConverter.token("Bearer a b")).isNull();
		assertThat(HeaderBearerTokenConverter.token("Bearer ==")).isNull();
		assertThat(HeaderBearerTokenConverter.token("Bearer a=b")).isNull();
		assertThat(HeaderBearerTokenConverter.token("Bearerx abc")).isNull();
	}

}
