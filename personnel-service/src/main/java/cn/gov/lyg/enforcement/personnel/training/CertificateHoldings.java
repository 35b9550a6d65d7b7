package cn.gov.lyg.enforcement.personnel.training;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * What the training feature needs to know about certificates, provided by the certificate feature (which depends on
 * training, not the other way round): since when an officer has held the enforcement certificate that is still held
 * (ACTIVE or SUSPENDED) on a date. Officers holding none are absent from the answer.
 */
public interface CertificateHoldings {

    Map<String, LocalDate> heldSince(Collection<String> officerIds, LocalDate date);
}
