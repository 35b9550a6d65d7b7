package cn.gov.lyg.enforcement.personnel.certificate;

import cn.gov.lyg.enforcement.personnel.officer.OfficerLeftEnforcement;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The certificate feature's reaction to officer changes: an officer who is transferred, moved to a non-enforcement
 * post or leaves the service no longer holds their certificates (applications are rejected, issued certificates
 * withdrawn). Runs in the officer's request, after the officer was saved; each certificate is its own write.
 */
@Component
class OfficerEventListener {

    private final CertificateService certificates;

    OfficerEventListener(CertificateService certificates) {
        this.certificates = certificates;
    }

    @EventListener
    void on(OfficerLeftEnforcement event) {
        certificates.withdrawAllOf(event.officer(), event.reason(), event.actor());
    }
}
