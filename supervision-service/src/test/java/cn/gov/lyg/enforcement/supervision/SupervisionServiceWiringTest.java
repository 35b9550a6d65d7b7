package cn.gov.lyg.enforcement.supervision;

import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import cn.gov.lyg.enforcement.platform.test.ServiceWiringContract;

/** The platform is wired into supervision-service: security, problems, health, metrics, OpenAPI. */
@ServiceTest
class SupervisionServiceWiringTest extends ServiceWiringContract {

    @Override
    protected String apiContext() {
        return "supervision";
    }
}
