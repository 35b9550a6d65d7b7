package cn.gov.lyg.enforcement.catalog;

import cn.gov.lyg.enforcement.platform.test.ArchitectureContract;

/** The platform's architecture rules (docs/architecture.md) over catalog-service's classes. */
class CatalogArchitectureTest extends ArchitectureContract {
}
