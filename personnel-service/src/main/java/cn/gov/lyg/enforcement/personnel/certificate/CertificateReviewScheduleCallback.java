package cn.gov.lyg.enforcement.personnel.certificate;

import cn.gov.lyg.enforcement.personnel.PersonnelProperties;
import org.bson.Document;
import org.springframework.data.mongodb.core.mapping.event.AfterConvertCallback;
import org.springframework.stereotype.Component;

/** Gives every certificate read from MongoDB the configured review schedule, for the due dates in its events. */
@Component
class CertificateReviewScheduleCallback implements AfterConvertCallback<Certificate> {

    private final ReviewSchedule schedule;

    CertificateReviewScheduleCallback(PersonnelProperties properties) {
        this.schedule = new ReviewSchedule(properties.reviewDueMonthDay());
    }

    @Override
    public Certificate onAfterConvert(Certificate certificate, Document document, String collection) {
        return certificate.followReviewSchedule(schedule);
    }
}
