package cn.gov.lyg.enforcement.personnel.certificate;

import cn.gov.lyg.enforcement.events.vocabulary.CertificateKind;
import cn.gov.lyg.enforcement.personnel.training.CertificateHoldings;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@link CertificateHoldings} from the certificate register: for each officer, the earliest start of validity of an
 * enforcement certificate that is ACTIVE or SUSPENDED on the date (its state on that date, not today).
 */
@Component
class EnforcementCertificateHoldings implements CertificateHoldings {

    private static final Set<CertificateStatus> HELD = Set.of(CertificateStatus.ACTIVE, CertificateStatus.SUSPENDED);

    private final CertificateStore store;

    EnforcementCertificateHoldings(CertificateStore store) {
        this.store = store;
    }

    @Override
    public Map<String, LocalDate> heldSince(Collection<String> officerIds, LocalDate date) {
        Map<String, LocalDate> since = new HashMap<>();
        if (officerIds.isEmpty()) {
            return since;
        }
        for (Certificate c : store.findByOfficers(officerIds, CertificateKind.ENFORCEMENT)) {
            CertificateStatus status = c.statusOn(date);
            if (c.getValidFrom() != null && status != null && HELD.contains(status)) {
                since.merge(c.getOfficerId(), c.getValidFrom(),
                        (a, b) -> Comparator.<LocalDate>naturalOrder().compare(a, b) <= 0 ? a : b);
            }
        }
        return since;
    }
}
