package cn.gov.lyg.enforcement.gateway.config;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventLoopsTest {

	@Test
	void oneLoopOnTwoCoresOrFewer() {
		assertThat(EventLoops.decide(null, null, 2)).isEqualTo("1");
		assertThat(EventLoops.decide(null, " ", 1)).isEqualTo("1");
	}

	@Test
	void reactorDefaultOnLargerMachines() {
		assertThat(EventLoops.decide(null, null, 3)).isNull();
		assertThat(EventLoops.decide(null, null, 16)).isNull();
	}

	@Test
	void environmentOverridesTheCoreRule() {
		assertThat(EventLoops.decide(null, "4", 2)).isEqualTo("4");
		assertThat(EventLoops.decide(null, " 2 ", 16)).isEqualTo("2");
	}

	@Test
	void commandLinePropertyWinsAndIsLeftAlone() {
		assertThat(EventLoops.decide("3", "4", 2)).isNull();
	}

	@Test
	void invalidEnvironmentFailsTheStartWithItsName() {
		assertThatThrownBy(() -> EventLoops.decide(null, "0", 2)).hasMessageContaining("GATEWAY_IO_THREADS");
		assertThatThrownBy(() -> EventLoops.decide(null, "two", 2)).hasMessageContaining("'two'");
	}

	@Test
	void configureSetsTheSystemProperty() {
		String before = System.getProperty(EventLoops.PROPERTY);
		try {
			System.clearProperty(EventLoops.PROPERTY);
			assertThat(EventLoops.configure(null, "3", 2)).isEqualTo("3");
			assertThat(System.getProperty(EventLoops.PROPERTY)).isEqualTo("3");
		}
		finally {
			if (before == null) {
				System.clearProperty(EventLoops.PROPERTY);
			}
			else {
				System.setProperty(EventLoops.PROPERTY, before);
			}
		}
	}

}
