package cn.gov.lyg.enforcement.platform.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VersionedMirrorTest {

    record Cert(String id, long version, String officer, String status) {
    }

    final VersionedMirror<Cert> mirror = new VersionedMirror<>(Cert::id, Cert::version, Cert::officer);

    @Test
    void groupsFollowTheValuesAndAnOlderVersionNeverWins() {
        assertThat(mirror.isLoaded()).isFalse();
        mirror.apply(new Cert("c1", 1, "o1", "ACTIVE"));
        mirror.apply(new Cert("c2", 1, "o1", "APPLIED"));
        assertThat(mirror.group("o1")).extracting(Cert::id).containsExactlyInAnyOrder("c1", "c2");

        mirror.apply(new Cert("c1", 3, "o1", "REVOKED"));
        mirror.apply(new Cert("c1", 2, "o1", "SUSPENDED"));
        assertThat(mirror.get("c1")).get().extracting(Cert::status).isEqualTo("REVOKED");
        assertThat(mirror.group("o1")).hasSize(2);

        // the same version again (a re-read) is harmless; moving to another group leaves the old one
        mirror.apply(new Cert("c2", 2, "o2", "APPLIED"));
        mirror.apply(new Cert("c2", 2, "o2", "APPLIED"));
        assertThat(mirror.group("o1")).extracting(Cert::id).containsExactly("c1");
        assertThat(mirror.group("o2")).extracting(Cert::id).containsExactly("c2");
        assertThat(mirror.group("nobody")).isEmpty();
        assertThat(mirror.size()).isEqualTo(2);
    }

    @Test
    void aFullReplacementKeepsNewerVersionsAndWritesAppliedDuringTheScan() {
        mirror.apply(new Cert("c1", 1, "o1", "ACTIVE"));
        mirror.apply(new Cert("gone", 1, "o1", "ACTIVE"));
        long scanStarted = mirror.stamp();
        // written by this instance while the scan was reading: newer than what the scan saw, or not seen at all
        mirror.apply(new Cert("c1", 2, "o1", "SUSPENDED"));
        mirror.apply(new Cert("fresh", 1, "o3", "ACTIVE"));

        mirror.replaceAll(List.of(new Cert("c1", 1, "o1", "ACTIVE"), new Cert("c9", 4, "o9", "ACTIVE")), scanStarted);

        assertThat(mirror.isLoaded()).isTrue();
        assertThat(mirror.get("c1")).get().extracting(Cert::status).isEqualTo("SUSPENDED");
        assertThat(mirror.get("fresh")).isPresent();
        assertThat(mirror.get("gone")).as("deleted before the scan").isEmpty();
        assertThat(mirror.group("o1")).extracting(Cert::id).containsExactly("c1");
        assertThat(mirror.group("o9")).extracting(Cert::id).containsExactly("c9");
        assertThat(mirror.size()).isEqualTo(3);
    }

    @Test
    void settingsRejectNonPositiveIntervals() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new MirrorSettings(true, java.time.Duration.ZERO,
                java.time.Duration.ofMinutes(5), java.time.Duration.ofSeconds(10)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
