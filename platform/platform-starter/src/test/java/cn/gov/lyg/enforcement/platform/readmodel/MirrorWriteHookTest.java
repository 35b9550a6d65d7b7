package cn.gov.lyg.enforcement.platform.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.data.mapping.callback.EntityCallbacks;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveCallback;

class MirrorWriteHookTest {

    record Cert(String id, Long version, String status, List<String> reviews, List<Document> outbox) {
    }

    record Person(String id, String name) {
    }

    static final class CertWrites extends MirrorWriteHook<Cert> {
        CertWrites(Consumer<Cert> apply, MongoConverter converter) {
            super(Cert.class, apply, () -> converter, "reviews");
        }
    }

    static final class PersonWrites extends MirrorWriteHook<Person> {
        PersonWrites(Consumer<Person> apply, MongoConverter converter) {
            super(Person.class, apply, () -> converter);
        }
    }

    final MappingMongoConverter converter = converter();
    final List<Cert> applied = new CopyOnWriteArrayList<>();

    static MappingMongoConverter converter() {
        MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE,
                new MongoMappingContext());
        converter.afterPropertiesSet();
        return converter;
    }

    static Document saved(Cert cert) {
        return new Document("_id", cert.id()).append("version", cert.version()).append("status", cert.status())
                .append("reviews", cert.reviews()).append("outbox", cert.outbox());
    }

    @Test
    void appliesADetachedCopyWithoutTheOutboxAndTheStrippedFields() {
        Cert cert = new Cert("c1", 3L, "ACTIVE", List.of("2024 passed"), List.of(new Document("messageId", "m1")));
        Document document = saved(cert);

        Cert returned = new CertWrites(applied::add, converter).onAfterSave(cert, document, "certificates");

        assertThat(returned).isSameAs(cert);
        assertThat(applied).singleElement().satisfies(copy -> {
            assertThat(copy).isNotSameAs(cert);
            assertThat(copy.id()).isEqualTo("c1");
            assertThat(copy.version()).isEqualTo(3L);
            assertThat(copy.status()).isEqualTo("ACTIVE");
            assertThat(copy.reviews()).isNull();
            assertThat(copy.outbox()).isNull();
        });
        assertThat(document).containsKeys("reviews", "outbox");
    }

    @Test
    void aFailureIsLoggedAndTheWriteStands() {
        Cert cert = new Cert("c1", 1L, "ACTIVE", List.of(), List.of());
        CertWrites failingModel = new CertWrites(c -> {
            throw new IllegalStateException("model broken");
        }, converter);
        CertWrites failingConverter = new CertWrites(applied::add, null);

        assertThat(failingModel.onAfterSave(cert, saved(cert), "certificates")).isSameAs(cert);
        assertThat(failingConverter.onAfterSave(cert, saved(cert), "certificates")).isSameAs(cert);
        assertThat(applied).isEmpty();
    }

    /** Spring Data resolves the entity type of a callback from the type argument the subclass gives. */
    @Test
    void springDataCallsTheHookOfTheSavedTypeOnly() {
        List<Person> people = new CopyOnWriteArrayList<>();
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("certWrites", new CertWrites(applied::add, converter));
        beans.registerSingleton("personWrites", new PersonWrites(people::add, converter));
        EntityCallbacks callbacks = EntityCallbacks.create(beans);

        Cert cert = new Cert("c1", 1L, "ACTIVE", null, null);
        callbacks.callback(AfterSaveCallback.class, cert, saved(cert), "certificates");
        Person person = new Person("p1", "张海涛");
        callbacks.callback(AfterSaveCallback.class, person, new Document("_id", "p1").append("name", "张海涛"),
                "people");

        assertThat(applied).extracting(Cert::id).containsExactly("c1");
        assertThat(people).extracting(Person::name).containsExactly("张海涛");
    }
}
