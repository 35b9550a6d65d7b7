package cn.gov.lyg.enforcement.personnel.training;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An officer's training in a year against the requirement (P7): total, by category, shortfall, and whether they
 * took part in the full-rotation training 全员轮训.
 */
public record TrainingSummary(String officerId, int year, BigDecimal totalHours, Map<TrainingCategory, BigDecimal> byCategory,
                              int requiredHours, BigDecimal shortfall, boolean requirementMet,
                              boolean rotationTrained) {

    public static TrainingSummary of(String officerId, int year, List<TrainingRecord> records, int required) {
        Map<TrainingCategory, BigDecimal> byCategory = new EnumMap<>(TrainingCategory.class);
        BigDecimal total = BigDecimal.ZERO;
        boolean rotation = false;
        for (TrainingRecord r : records) {
            if (r.getYear() != year || !r.getOfficerId().equals(officerId)) {
                continue;
            }
            total = total.add(r.getClassHours());
            byCategory.merge(r.getCategory(), r.getClassHours(), BigDecimal::add);
            rotation |= r.isRotationTraining();
        }
        BigDecimal requiredHours = BigDecimal.valueOf(required);
        BigDecimal shortfall = requiredHours.subtract(total).max(BigDecimal.ZERO);
        return new TrainingSummary(officerId, year, total.stripTrailingZeros(), byCategory, required,
                shortfall.stripTrailingZeros(), shortfall.signum() == 0, rotation);
    }
}
