package cn.gov.lyg.enforcement.supervision.review;

import cn.gov.lyg.enforcement.platform.problem.ApiException;
import cn.gov.lyg.enforcement.platform.problem.FieldViolation;
import cn.gov.lyg.enforcement.platform.security.CurrentScope;
import cn.gov.lyg.enforcement.platform.security.policy.CaseFileReviewReaders;
import cn.gov.lyg.enforcement.platform.security.policy.CitySupervisorsOnly;
import cn.gov.lyg.enforcement.platform.web.Versions;
import cn.gov.lyg.enforcement.supervision.support.Requests;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Scoring templates 评查表 as data: the city bureau drafts versions, revises drafts and approves them (an approved
 * version is immutable; approving a newer one retires the older for new batches); everybody who takes part in
 * reviews reads them. The default template (version 1 of {@code DEFAULT}) is seeded approved at start-up.
 */
@Service
public class ReviewTemplateService {

    private final ReviewTemplateStore store;
    private final Requests requests;
    private final Clock clock;

    public ReviewTemplateService(ReviewTemplateStore store, Requests requests, Clock clock) {
        this.store = store;
        this.requests = requests;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void seedDefault() {
        if (store.find(ReviewTemplates.DEFAULT_ID, 1).isPresent()) {
            return;
        }
        try {
            store.insert(ScoringTemplateVersion.seeded(ReviewTemplates.defaultTemplate(),
                    "行政执法案卷评查表（默认）", clock.instant()));
        } catch (DuplicateKeyException e) {
            // another instance seeded it first
        }
    }

    @CitySupervisorsOnly
    public ScoringTemplateVersion draft(TemplateCommands.Draft command) {
        requests.valid(command);
        String templateId = command.templateId();
        for (int attempt = 0; ; attempt++) {
            int version = store.latestVersion(templateId) + 1;
            ScoringTemplateVersion t = ScoringTemplateVersion.draft(command.content().name(),
                    command.content().toTemplate(templateId, version));
            try {
                return store.insert(t);
            } catch (DuplicateKeyException e) {
                if (attempt >= 2) {
                    throw ApiException.conflict("VERSION_CONFLICT");
                }
            }
        }
    }

    @CitySupervisorsOnly
    public ScoringTemplateVersion revise(String templateId, int version, Long ifMatch,
                                         TemplateCommands.Content command) {
        requests.valid(command);
        ScoringTemplateVersion t = get(templateId, version);
        Versions.check(t, ifMatch);
        t.revise(command.name(), command.toTemplate(templateId, version));
        return store.save(t);
    }

    @CitySupervisorsOnly
    public ScoringTemplateVersion approve(String templateId, int version, Long ifMatch) {
        ScoringTemplateVersion t = get(templateId, version);
        Versions.check(t, ifMatch);
        t.approve(CurrentScope.get().auditName(), clock.instant());
        ScoringTemplateVersion saved = store.save(t);
        for (ScoringTemplateVersion older : store.approved(templateId)) {
            if (older.getTemplateVersion() < version) {
                older.retire();
                store.save(older);
            }
        }
        return saved;
    }

    @CaseFileReviewReaders
    public ScoringTemplateVersion get(String templateId, int version) {
        return store.find(templateId, version)
                .orElseThrow(() -> ApiException.notFound("ScoringTemplateVersion", templateId + "/" + version));
    }

    @CaseFileReviewReaders
    public Page<ScoringTemplateVersion> search(String templateId, TemplateStatus status, Pageable pageable) {
        return store.search(templateId, status, pageable);
    }

    /**
     * For the other features of this service and the batches: the approved version a new batch uses (the latest
     * approved one when {@code version} is null); a draft or retired version is {@code REVIEW_TEMPLATE_NOT_APPROVED}.
     */
    public ReviewScoringTemplate approvedForNewBatch(String templateId, Integer version) {
        String id = templateId == null ? ReviewTemplates.DEFAULT_ID : templateId;
        ScoringTemplateVersion t = version == null
                ? store.latestApproved(id).orElseThrow(() -> notApproved(id))
                : store.find(id, version).orElseThrow(() -> notApproved(id));
        if (t.getStatus() != TemplateStatus.APPROVED) {
            throw notApproved(id);
        }
        return t.template();
    }

    /** The version a batch was created with (whatever its status now: results are scored on it). */
    public ReviewScoringTemplate version(String templateId, int version) {
        return store.find(templateId, version).map(ScoringTemplateVersion::template)
                .orElseThrow(() -> ApiException.notFound("ScoringTemplateVersion", templateId + "/" + version));
    }

    private static ApiException notApproved(String templateId) {
        return ApiException.invalid("REVIEW_TEMPLATE_NOT_APPROVED",
                List.of(FieldViolation.of("templateId", "REVIEW_TEMPLATE_NOT_APPROVED")));
    }
}
