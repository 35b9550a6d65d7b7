package cn.gov.lyg.enforcement.inspection;

import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import cn.gov.lyg.enforcement.platform.test.ServiceWiringContract;

/** The platform is wired into inspection-service: security, problems, health, metrics, OpenAPI. */
@ServiceTest
class InspectionServiceWiringTest extends ServiceWiringContract {

    @Override
    protected String apiContext() {
        return "inspections";
    }
}
