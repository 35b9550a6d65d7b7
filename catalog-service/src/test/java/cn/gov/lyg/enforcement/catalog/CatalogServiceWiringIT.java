package cn.gov.lyg.enforcement.catalog;

import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import cn.gov.lyg.enforcement.platform.test.ServiceWiringContract;

/** The platform is wired into catalog-service (shares the integration tests' Spring context). */
@ServiceTest
class CatalogServiceWiringIT extends ServiceWiringContract {

    @Override
    protected String apiContext() {
        return "catalog";
    }
}
