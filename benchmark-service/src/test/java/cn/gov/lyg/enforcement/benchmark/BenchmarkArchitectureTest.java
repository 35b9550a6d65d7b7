package cn.gov.lyg.enforcement.benchmark;

import cn.gov.lyg.enforcement.platform.test.ArchitectureContract;

/** The platform's architecture rules (docs/architecture.md) over benchmark-service's classes. */
class BenchmarkArchitectureTest extends ArchitectureContract {
}
