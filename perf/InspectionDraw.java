import cn.gov.lyg.enforcement.inspection.draw.DrawCommitment;
import cn.gov.lyg.enforcement.inspection.draw.DrawRequest;
import cn.gov.lyg.enforcement.inspection.draw.DrawResult;
import cn.gov.lyg.enforcement.inspection.draw.FrequencyCap;
import cn.gov.lyg.enforcement.inspection.draw.InspectorCandidate;
import cn.gov.lyg.enforcement.inspection.draw.PopulationFilter;
import cn.gov.lyg.enforcement.inspection.draw.PopulationMember;
import cn.gov.lyg.enforcement.inspection.draw.PopulationSnapshot;
import cn.gov.lyg.enforcement.inspection.draw.RatioConfig;
import cn.gov.lyg.enforcement.inspection.draw.SpotCheckDraw;
import cn.gov.lyg.enforcement.inspection.entity.CreditRiskClass;
import cn.gov.lyg.enforcement.inspection.entity.EntityType;
import cn.gov.lyg.enforcement.inspection.entity.RegistrationStatus;
import cn.gov.lyg.enforcement.platform.identifier.RegionCodes;
import cn.gov.lyg.enforcement.platform.identifier.UnifiedSocialCreditCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Draw over N entities of the whole city (population snapshot: scope filter, exclusions, sort, both hashes; then
 * stratified selection and inspector teams) with the service's own domain classes, in memory. Prints one line per
 * round and the best/median. Usage: perf/inspection-draw.sh [N] [rounds].
 */
public class InspectionDraw {

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String[] counties = {"320703", "320706", "320707", "320722", "320723", "320724", "320771"};
        Random random = new Random(42);
        List<PopulationMember> directory = new ArrayList<>(n);
        CreditRiskClass[] classes = CreditRiskClass.values();
        for (int i = 0; i < n; i++) {
            String region = counties[i % counties.length];
            String body = String.format("91%sMA%07d", region, i);
            String uscc = body + UnifiedSocialCreditCode.checkDigit(body);
            int p = random.nextInt(100);
            CreditRiskClass c = p < 30 ? classes[0] : p < 85 ? classes[1] : p < 97 ? classes[2] : classes[3];
            RegistrationStatus status = random.nextInt(50) == 0 ? RegistrationStatus.CANCELLED : RegistrationStatus.EXISTING;
            directory.add(new PopulationMember(uscc, region, null, EntityType.ENTERPRISE, "C14", Set.of(), status,
                    false, c, random.nextInt(10) == 0 ? 1 : 0));
        }
        List<InspectorCandidate> inspectors = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            inspectors.add(new InspectorCandidate(String.format("O%05d", i), i % 20 != 0, Set.of("MARKET"),
                    List.of(counties[i % counties.length]), Set.of(), false));
        }
        RegionCodes regions = RegionCodes.defaultCodes();
        SpotCheckDraw draw = new SpotCheckDraw(regions);
        long[] times = new long[rounds];
        long[] cpu = new long[rounds];
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        for (int r = 0; r < rounds; r++) {
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            PopulationSnapshot snapshot = PopulationSnapshot.build(directory, PopulationFilter.regions("320700"),
                    FrequencyCap.defaults(), regions);
            long t1 = System.nanoTime();
            DrawResult result = draw.draw(snapshot, inspectors, new DrawRequest("PERF-" + r, Instant.now(),
                    DrawCommitment.newNonce(), RatioConfig.fromBaseRatio(new BigDecimal("0.03")), 2, Set.of("MARKET"),
                    Map.of()));
            long t2 = System.nanoTime();
            times[r] = t2 - t0;
            cpu[r] = os.getProcessCpuTime() - c0;
            System.out.printf("round %d: population %,d of %,d, drawn %,d: snapshot %d ms + draw %d ms = %d ms"
                    + " (process CPU %d ms, load average %.1f)%n", r + 1, snapshot.size(), n, result.drawn().size(),
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t2 - t0) / 1_000_000, cpu[r] / 1_000_000,
                    os.getSystemLoadAverage());
        }
        java.util.Arrays.sort(times);
        java.util.Arrays.sort(cpu);
        System.out.printf("process CPU per draw: best %d ms, median %d ms (JIT and GC threads included)%n",
                cpu[0] / 1_000_000, cpu[rounds / 2] / 1_000_000);
        System.out.printf("best %d ms, median %d ms (target <= 2000 ms incl. snapshot): %s%n", times[0] / 1_000_000,
                times[rounds / 2] / 1_000_000, times[rounds / 2] <= 2_000_000_000L ? "PASS" : "FAIL");
    }
}
