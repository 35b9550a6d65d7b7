package cn.gov.lyg.enforcement.catalog.item;

import cn.gov.lyg.enforcement.events.vocabulary.AdminLevel;
import cn.gov.lyg.enforcement.events.vocabulary.EnforcementDomain;
import cn.gov.lyg.enforcement.events.vocabulary.ExerciseMode;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import cn.gov.lyg.enforcement.events.vocabulary.StatusReason;
import cn.gov.lyg.enforcement.platform.security.policy.Authenticated;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/catalog/v1/dictionaries}: the stable codes of the catalog with their Chinese display names, for
 * drop-downs in the frontend and for systems mapping their own codes. Any authenticated caller.
 */
@RestController
@RequestMapping("/api/catalog/v1/dictionaries")
@Tag(name = "dictionaries", description = "codes and display names")
public class DictionaryController {

    private static final Map<String, List<Entry>> DICTIONARIES = Map.of(
            "itemTypes", entries(ItemType.values(), ItemType::displayName),
            "domains", entries(EnforcementDomain.values(), EnforcementDomain::displayName),
            "levels", entries(AdminLevel.values(), AdminLevel::displayName),
            "exerciseModes", entries(ExerciseMode.values(), ExerciseMode::displayName),
            "itemStatuses", entries(ItemStatus.values(), ItemStatus::displayName),
            "statusReasons", entries(StatusReason.values(), StatusReason::displayName));

    @GetMapping
    @Authenticated
    @Operation(summary = "All catalog dictionaries")
    public ResponseEntity<Map<String, List<Entry>>> all() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(DICTIONARIES);
    }

    private static <E extends Enum<E>> List<Entry> entries(E[] values, Function<E, String> name) {
        return Arrays.stream(values).map(v -> new Entry(v.name(), name.apply(v))).toList();
    }

    /** One code and its display name. */
    public record Entry(String code, String name) {
    }
}
