package cn.gov.lyg.enforcement.benchmark.recommendation;

import java.util.List;

/** Provisions repealed by law changes 立改废 the service has been told of. */
public interface RepealedProvisions {

    List<RepealedProvision> all();
}
