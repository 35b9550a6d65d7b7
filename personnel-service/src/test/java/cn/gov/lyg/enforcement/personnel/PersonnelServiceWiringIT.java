package cn.gov.lyg.enforcement.personnel;

import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import cn.gov.lyg.enforcement.platform.test.ServiceWiringContract;

/** The platform is wired into personnel-service: security, problems, health, metrics, OpenAPI. */
@ServiceTest
class PersonnelServiceWiringIT extends ServiceWiringContract {

    @Override
    protected String apiContext() {
        return "personnel";
    }
}
