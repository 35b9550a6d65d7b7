package cn.gov.lyg.enforcement.catalog;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** catalog-service: the enforcement item catalog 行政执法事项目录, township delegations 一市一清单, clean-up batches. */
@SpringBootApplication
public class CatalogApplication {

    public static void main(String[] args) {
        SpringApplication.run(CatalogApplication.class, args);
    }
}
