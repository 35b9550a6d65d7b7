package cn.gov.lyg.enforcement.personnel;

import cn.gov.lyg.enforcement.platform.test.ArchitectureContract;

/** The platform's architecture rules (docs/architecture.md) over personnel-service's classes. */
class PersonnelArchitectureTest extends ArchitectureContract {
}
