package cn.gov.lyg.enforcement.inspection;

import cn.gov.lyg.enforcement.platform.test.ArchitectureContract;

/** inspection-service keeps the platform's shape: acyclic features, stores inside features, plain rules. */
class InspectionArchitectureTest extends ArchitectureContract {
}
