package cn.gov.lyg.enforcement.catalog.item;

import cn.gov.lyg.enforcement.platform.readmodel.MirrorSettings;
import cn.gov.lyg.enforcement.platform.readmodel.MongoMirrorSync;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The catalog's in-memory search model ({@link ItemSearchIndex}), kept in step with the items collection by the
 * platform's {@link MongoMirrorSync} (settings {@code enforcement.catalog.search.*}, model name
 * {@code catalog-items}) and by {@link ItemSearchWriteHook} for this instance's own writes.
 */
@Configuration(proxyBeanMethods = false)
public class ItemSearchConfiguration {

    @Bean
    public ItemSearchIndex itemSearchIndex() {
        return new ItemSearchIndex();
    }

    @Bean
    public MongoMirrorSync<EnforcementItem, ItemView> itemSearchSync(MongoTemplate mongo, ItemSearchIndex index,
                                                                     MeterRegistry meters, Environment environment) {
        return new MongoMirrorSync<>("catalog-items", mongo, EnforcementItem.class, ItemView::of, index,
                MirrorSettings.bind(environment, "enforcement.catalog.search"), meters, "history", "appliedChanges");
    }
}
