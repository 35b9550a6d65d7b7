package cn.gov.lyg.enforcement.catalog.item.search;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The catalog's in-memory search model (see {@link ItemSearchIndex}, {@link ItemSearchSync}). */
@Configuration(proxyBeanMethods = false)
public class ItemSearchConfiguration {

    @Bean
    public ItemSearchIndex itemSearchIndex() {
        return new ItemSearchIndex();
    }
}
