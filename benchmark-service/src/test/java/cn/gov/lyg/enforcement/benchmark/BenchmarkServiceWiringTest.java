package cn.gov.lyg.enforcement.benchmark;

import cn.gov.lyg.enforcement.platform.test.ServiceTest;
import cn.gov.lyg.enforcement.platform.test.ServiceWiringContract;

/** The platform is wired into benchmark-service: security, problems, health, metrics, OpenAPI. */
@ServiceTest
class BenchmarkServiceWiringTest extends ServiceWiringContract {

    @Override
    protected String apiContext() {
        return "benchmarks";
    }
}
