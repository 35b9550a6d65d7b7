package cn.gov.lyg.enforcement.supervision;

import cn.gov.lyg.enforcement.platform.test.ArchitectureContract;

/** supervision-service keeps the platform's architecture rules (feature slices, no cycles, plain Rules). */
class SupervisionArchitectureTest extends ArchitectureContract {
}
