package cn.gov.lyg.enforcement.personnel.exam;

import cn.gov.lyg.enforcement.platform.security.policy.Authenticated;
import cn.gov.lyg.enforcement.platform.security.policy.SupervisorsOnly;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/personnel/v1/qualification-exams}: 资格考试. */
@RestController
@RequestMapping("/api/personnel/v1/qualification-exams")
@Tag(name = "exams", description = "资格考试 qualification exams")
public class ExamController {

    private final ExamService exams;

    public ExamController(ExamService exams) {
        this.exams = exams;
    }

    @PostMapping
    @SupervisorsOnly
    @Operation(summary = "Record an exam attempt (judicial-bureau supervisors); both scores ≥ pass mark pass")
    public ResponseEntity<QualificationExam.View> record(@Valid @RequestBody QualificationExam.Request request) {
        QualificationExam e = exams.record(request);
        return ResponseEntity.created(URI.create("/api/personnel/v1/qualification-exams/" + e.getId()))
                .body(QualificationExam.View.of(e));
    }

    @GetMapping
    @Authenticated
    @Operation(summary = "An officer's attempts, in order")
    public List<QualificationExam.View> of(@RequestParam String officerId) {
        return exams.ofReadable(officerId).stream().map(QualificationExam.View::of).toList();
    }
}
