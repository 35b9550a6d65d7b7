package cn.gov.lyg.enforcement.supervision;

import cn.gov.lyg.enforcement.platform.test.ArchitectureContract;

/** The platform's architecture rules (docs/architecture.md) over supervision-service's classes. */
class SupervisionArchitectureTest extends ArchitectureContract {
}
