package cn.gov.lyg.enforcement.inspection;

import cn.gov.lyg.enforcement.platform.test.ArchitectureContract;

/** The platform's architecture rules (docs/architecture.md) over inspection-service's classes. */
class InspectionArchitectureTest extends ArchitectureContract {
}
