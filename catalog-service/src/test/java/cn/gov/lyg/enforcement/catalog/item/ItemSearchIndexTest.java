package cn.gov.lyg.enforcement.catalog.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.lyg.enforcement.events.vocabulary.AdminLevel;
import cn.gov.lyg.enforcement.events.vocabulary.EnforcementDomain;
import cn.gov.lyg.enforcement.events.vocabulary.ExerciseMode;
import cn.gov.lyg.enforcement.events.vocabulary.ItemType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

class ItemSearchIndexTest {

    static final String A = "11320706300200020C";
    static final String B = "11320722300400022W";
    static final ItemFilter ALL = new ItemFilter(null, null, null, null, null, null, null, null);
    static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    /** A view with the fields the search looks at; the rest is fixed. */
    static ItemView view(String id, String code, String name, ItemType type, EnforcementDomain domain,
                         ItemStatus status, List<String> agencies, List<AdminLevel> levels, LocalDate from,
                         LocalDate to, boolean review, long version, Instant modifiedAt) {
        return new ItemView(id, code, null, name, type, type.displayName(), domain, domain.displayName(), null,
                List.of(), List.of(), agencies, null, levels, ExerciseMode.DIRECT, false, false, List.of(), null, 1,
                from, to, status, status.displayName(), status.allowedActions(), null, version, T0, "t",
                modifiedAt, "t", null, null, null, List.of(), review, List.of());
    }

    static ItemView simple(String id, String code, String name, ItemStatus status, long version) {
        return view(id, code, name, ItemType.PENALTY, EnforcementDomain.MARKET, status, List.of(A),
                List.of(AdminLevel.COUNTY), LocalDate.of(2025, 1, 1), null, false, version, T0.plusSeconds(version));
    }

    static ItemSearchIndex loaded(ItemView... views) {
        ItemSearchIndex index = new ItemSearchIndex();
        index.replaceAll(List.of(views), index.stamp());
        return index;
    }

    static List<String> codes(Page<ItemView> page) {
        return page.getContent().stream().map(ItemView::itemCode).toList();
    }

    static ItemFilter filter(ItemType type, EnforcementDomain domain, String agency, AdminLevel level,
                             ItemStatus status, String text, LocalDate validOn, Boolean review) {
        return new ItemFilter(type, domain, agency, level, status, text, validOn, review);
    }

    private final ItemSearchIndex index = loaded(
            view("1", "3207-MKT-PEN-0001", "对未取得食品经营许可从事食品经营活动的行政处罚", ItemType.PENALTY,
                    EnforcementDomain.MARKET, ItemStatus.ACTIVE, List.of(A, B), List.of(AdminLevel.CITY,
                            AdminLevel.COUNTY), LocalDate.of(2025, 1, 1), null, false, 1, T0.plusSeconds(5)),
            view("2", "3207-MKT-INS-0002", "食品生产经营监督检查", ItemType.INSPECTION, EnforcementDomain.MARKET,
                    ItemStatus.ACTIVE, List.of(A), List.of(AdminLevel.COUNTY), LocalDate.of(2024, 1, 1),
                    LocalDate.of(2025, 6, 30), true, 3, T0.plusSeconds(1)),
            view("3", "3207-ECO-PEN-0003", "Noise penalty", ItemType.PENALTY, EnforcementDomain.ECOLOGY,
                    ItemStatus.DRAFT, List.of(B), List.of(AdminLevel.TOWNSHIP), LocalDate.of(2025, 3, 1), null, false,
                    0, T0.plusSeconds(9)),
            view("4", "3207-MKT-PEN-0004", "对生产经营不符合食品安全标准食品的行政处罚", ItemType.PENALTY,
                    EnforcementDomain.MARKET, ItemStatus.SUSPENDED, List.of(A), List.of(AdminLevel.COUNTY),
                    LocalDate.of(2025, 1, 1), null, false, 2, T0.plusSeconds(3)),
            view("5", "3207-MKT-PEN-0005", "Cancelled penalty", ItemType.PENALTY, EnforcementDomain.MARKET,
                    ItemStatus.CANCELLED, List.of(B), List.of(AdminLevel.CITY), LocalDate.of(2023, 1, 1),
                    LocalDate.of(2024, 12, 31), false, 4, T0.plusSeconds(7)));

    private List<String> search(ItemFilter filter, List<ItemStatus> visible) {
        return codes(index.search(filter, visible, PageRequest.of(0, 50, Sort.by("definition.itemCode"))));
    }

    @Test
    void defaultOrderIsItemCodeAndVisibilityRestrictsStatuses() {
        assertThat(search(ALL, null)).containsExactly("3207-ECO-PEN-0003", "3207-MKT-INS-0002", "3207-MKT-PEN-0001",
                "3207-MKT-PEN-0004", "3207-MKT-PEN-0005");
        assertThat(search(ALL, List.of(ItemStatus.ACTIVE, ItemStatus.SUSPENDED, ItemStatus.CANCELLED)))
                .doesNotContain("3207-ECO-PEN-0003").hasSize(4);
        assertThat(search(ALL, List.of(ItemStatus.ACTIVE))).containsExactly("3207-MKT-INS-0002", "3207-MKT-PEN-0001");
        assertThat(search(filter(null, null, null, null, ItemStatus.DRAFT, null, null, null),
                List.of(ItemStatus.ACTIVE))).isEmpty();
        assertThat(search(filter(null, null, null, null, ItemStatus.SUSPENDED, null, null, null), null))
                .containsExactly("3207-MKT-PEN-0004");
    }

    @Test
    void filtersCombineWithAnd() {
        assertThat(search(filter(ItemType.PENALTY, null, null, null, null, null, null, null), null))
                .containsExactly("3207-ECO-PEN-0003", "3207-MKT-PEN-0001", "3207-MKT-PEN-0004", "3207-MKT-PEN-0005");
        assertThat(search(filter(ItemType.PENALTY, EnforcementDomain.MARKET, B, null, null, null, null, null), null))
                .containsExactly("3207-MKT-PEN-0001", "3207-MKT-PEN-0005");
        assertThat(search(filter(null, null, null, AdminLevel.CITY, null, null, null, null), null))
                .containsExactly("3207-MKT-PEN-0001", "3207-MKT-PEN-0005");
        assertThat(search(filter(null, null, "UNKNOWN", null, null, null, null, null), null)).isEmpty();
        assertThat(search(filter(null, EnforcementDomain.FIRE, null, null, null, null, null, null), null)).isEmpty();
        assertThat(search(filter(ItemType.INSPECTION, null, B, null, null, null, null, null), null)).isEmpty();
    }

    @Test
    void textMatchesNameOrCodeCaseInsensitively() {
        assertThat(search(filter(null, null, null, null, null, "  食品  ", null, null), null))
                .containsExactly("3207-MKT-INS-0002", "3207-MKT-PEN-0001", "3207-MKT-PEN-0004");
        assertThat(search(filter(null, null, null, null, null, "noise", null, null), null))
                .containsExactly("3207-ECO-PEN-0003");
        assertThat(search(filter(null, null, null, null, null, "mkt-pen", null, null), null))
                .containsExactly("3207-MKT-PEN-0001", "3207-MKT-PEN-0004", "3207-MKT-PEN-0005");
        assertThat(search(filter(null, null, null, null, null, ".*", null, null), null)).isEmpty();
        assertThat(search(filter(null, null, null, null, null, "   ", null, null), null)).hasSize(5);
    }

    @Test
    void reviewFlagAndValidityDateInclusive() {
        assertThat(search(filter(null, null, null, null, null, null, null, true), null))
                .containsExactly("3207-MKT-INS-0002");
        assertThat(search(filter(null, null, null, null, null, null, null, false), null)).hasSize(4)
                .doesNotContain("3207-MKT-INS-0002");
        assertThat(search(filter(null, null, null, null, null, null, LocalDate.of(2025, 6, 30), null), null))
                .containsExactly("3207-ECO-PEN-0003", "3207-MKT-INS-0002", "3207-MKT-PEN-0001", "3207-MKT-PEN-0004");
        assertThat(search(filter(null, null, null, null, null, null, LocalDate.of(2025, 7, 1), null), null))
                .containsExactly("3207-ECO-PEN-0003", "3207-MKT-PEN-0001", "3207-MKT-PEN-0004");
        assertThat(search(filter(null, null, null, null, null, null, LocalDate.of(2024, 12, 31), null), null))
                .containsExactly("3207-MKT-INS-0002", "3207-MKT-PEN-0005");
        assertThat(search(filter(null, null, null, null, null, null, LocalDate.of(2025, 1, 1), null), null))
                .containsExactly("3207-MKT-INS-0002", "3207-MKT-PEN-0001", "3207-MKT-PEN-0004");
    }

    @Test
    void sortsByEveryFieldBothWaysWithItemCodeAsTiebreak() {
        Pageable byStatus = PageRequest.of(0, 50, Sort.by("status"));
        // enums sort by their stored names: ACTIVE < CANCELLED < DRAFT < SUSPENDED; ties by code
        assertThat(codes(index.search(ALL, null, byStatus))).containsExactly("3207-MKT-INS-0002", "3207-MKT-PEN-0001",
                "3207-MKT-PEN-0005", "3207-ECO-PEN-0003", "3207-MKT-PEN-0004");
        assertThat(codes(index.search(ALL, null, PageRequest.of(0, 50, Sort.by(Sort.Order.desc("status"))))))
                .containsExactly("3207-MKT-PEN-0004", "3207-ECO-PEN-0003", "3207-MKT-PEN-0005", "3207-MKT-INS-0002",
                        "3207-MKT-PEN-0001");
        assertThat(codes(index.search(ALL, null, PageRequest.of(0, 50, Sort.by(Sort.Order.desc("definition.itemCode"))))))
                .containsExactly("3207-MKT-PEN-0005", "3207-MKT-PEN-0004", "3207-MKT-PEN-0001", "3207-MKT-INS-0002",
                        "3207-ECO-PEN-0003");
        assertThat(codes(index.search(ALL, null, PageRequest.of(0, 50, Sort.by("modifiedAt")))))
                .containsExactly("3207-MKT-INS-0002", "3207-MKT-PEN-0004", "3207-MKT-PEN-0001", "3207-MKT-PEN-0005",
                        "3207-ECO-PEN-0003");
        assertThat(codes(index.search(ALL, null, PageRequest.of(0, 50, Sort.by(Sort.Order.desc("validFrom"))))))
                .containsExactly("3207-ECO-PEN-0003", "3207-MKT-PEN-0001", "3207-MKT-PEN-0004", "3207-MKT-INS-0002",
                        "3207-MKT-PEN-0005");
        assertThat(codes(index.search(ALL, null, PageRequest.of(0, 50, Sort.by(Sort.Order.desc("definition.itemType"),
                Sort.Order.asc("definition.domain")))))).containsExactly("3207-ECO-PEN-0003", "3207-MKT-PEN-0001",
                "3207-MKT-PEN-0004", "3207-MKT-PEN-0005", "3207-MKT-INS-0002");
        assertThat(codes(index.search(ALL, null, PageRequest.of(0, 50, Sort.by("definition.name")))).get(0))
                .isEqualTo("3207-MKT-PEN-0005"); // "Cancelled..." < "Noise..." < CJK
        assertThatThrownBy(() -> index.search(ALL, null, PageRequest.of(0, 5, Sort.by("outbox"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everySortMatchesAReferenceSortOnRandomData() {
        Random random = new Random(42);
        List<ItemView> views = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            views.add(view("id" + i, String.format("3207-X-%04d", random.nextInt(100_000)) + "-" + i,
                    "name" + random.nextInt(20), ItemType.values()[random.nextInt(3)],
                    EnforcementDomain.values()[random.nextInt(3)], ItemStatus.values()[random.nextInt(4)], List.of(A),
                    List.of(AdminLevel.COUNTY), LocalDate.of(2025, 1, 1).plusDays(random.nextInt(5)), null,
                    random.nextBoolean(), 1, T0.plusSeconds(random.nextInt(10))));
        }
        ItemSearchIndex big = loaded(views.toArray(ItemView[]::new));
        for (String field : ItemSearchIndex.SORTS.keySet()) {
            for (Sort.Direction direction : Sort.Direction.values()) {
                Comparator<ItemView> reference = switch (field) {
                    case "definition.name" -> Comparator.comparing(ItemView::name);
                    case "validFrom" -> Comparator.comparing(ItemView::validFrom);
                    case "modifiedAt" -> Comparator.comparing(ItemView::modifiedAt);
                    case "status" -> Comparator.comparing(v -> v.status().name());
                    case "definition.itemType" -> Comparator.comparing(v -> v.itemType().name());
                    case "definition.domain" -> Comparator.comparing(v -> v.domain().name());
                    default -> Comparator.comparing(ItemView::itemCode);
                };
                if (direction.isDescending()) {
                    reference = reference.reversed();
                }
                reference = reference.thenComparing(ItemView::itemCode);
                List<String> expected = views.stream().filter(v -> v.status() == ItemStatus.ACTIVE)
                        .sorted(reference).map(ItemView::itemCode).toList();
                List<String> pagedThrough = new ArrayList<>();
                for (int page = 0; ; page++) {
                    Page<ItemView> result = big.search(ALL, List.of(ItemStatus.ACTIVE),
                            PageRequest.of(page, 7, Sort.by(direction, field)));
                    assertThat(result.getTotalElements()).isEqualTo(expected.size());
                    pagedThrough.addAll(codes(result));
                    if (!result.hasNext()) {
                        break;
                    }
                }
                assertThat(pagedThrough).as(field + " " + direction).isEqualTo(expected);
            }
        }
    }

    @Test
    void pagingCountsAndBounds() {
        Page<ItemView> first = index.search(ALL, null, PageRequest.of(0, 2, Sort.by("definition.itemCode")));
        assertThat(codes(first)).containsExactly("3207-ECO-PEN-0003", "3207-MKT-INS-0002");
        assertThat(first.getTotalElements()).isEqualTo(5);
        assertThat(first.getTotalPages()).isEqualTo(3);
        Page<ItemView> last = index.search(ALL, null, PageRequest.of(2, 2, Sort.by("definition.itemCode")));
        assertThat(codes(last)).containsExactly("3207-MKT-PEN-0005");
        assertThat(last.hasNext()).isFalse();
        Page<ItemView> beyond = index.search(ALL, null, PageRequest.of(7, 2, Sort.by("definition.itemCode")));
        assertThat(beyond.getContent()).isEmpty();
        assertThat(beyond.getTotalElements()).isEqualTo(5);
        assertThat(index.search(ALL, null, Pageable.unpaged()).getContent()).hasSize(5);
    }

    @Test
    void writesAreVisibleAtOnceAndOlderVersionsNeverWin() {
        ItemSearchIndex model = loaded(simple("1", "C-1", "one", ItemStatus.DRAFT, 0));
        model.apply(simple("2", "C-0", "new", ItemStatus.DRAFT, 0));
        assertThat(codes(model.search(ALL, null, PageRequest.of(0, 10)))).containsExactly("C-0", "C-1");
        // published: leaves the draft list, enters the public one
        model.apply(simple("1", "C-1", "one", ItemStatus.ACTIVE, 1));
        assertThat(codes(model.search(ALL, List.of(ItemStatus.ACTIVE), PageRequest.of(0, 10)))).containsExactly("C-1");
        assertThat(codes(model.search(filter(null, null, null, null, ItemStatus.DRAFT, null, null, null), null,
                PageRequest.of(0, 10)))).containsExactly("C-0");
        // a late refresh bringing version 0 back changes nothing
        model.apply(simple("1", "C-1", "one", ItemStatus.DRAFT, 0));
        assertThat(model.find("1")).get().extracting(ItemView::status).isEqualTo(ItemStatus.ACTIVE);
        // cancelled: out of the public list
        model.apply(simple("1", "C-1", "one", ItemStatus.CANCELLED, 2));
        assertThat(model.search(ALL, List.of(ItemStatus.ACTIVE), PageRequest.of(0, 10)).getTotalElements()).isZero();
        // a renamed draft is found under its new name, not the old one
        model.apply(simple("2", "C-0", "renamed", ItemStatus.DRAFT, 1));
        assertThat(model.search(filter(null, null, null, null, null, "new", null, null), null, PageRequest.of(0, 10))
                .getTotalElements()).isZero();
        assertThat(model.search(filter(null, null, null, null, null, "renamed", null, null), null,
                PageRequest.of(0, 10)).getTotalElements()).isEqualTo(1);
        assertThat(model.size()).isEqualTo(2);
    }

    @Test
    void rebuildDropsVanishedItemsButKeepsWritesMadeDuringTheScanAndNewerVersions() {
        ItemSearchIndex model = loaded(simple("1", "C-1", "one", ItemStatus.ACTIVE, 5),
                simple("2", "C-2", "two", ItemStatus.ACTIVE, 1), simple("3", "C-3", "three", ItemStatus.ACTIVE, 1));
        long scanStarted = model.stamp();
        model.apply(simple("4", "C-4", "written during the scan", ItemStatus.DRAFT, 0));
        // the scan saw an older version of 1, not 3 (deleted), not 4 (inserted after the scan passed)
        model.replaceAll(List.of(simple("1", "C-1", "one", ItemStatus.ACTIVE, 4),
                simple("2", "C-2", "two v2", ItemStatus.SUSPENDED, 2)), scanStarted);
        assertThat(model.ids()).containsExactly("1", "2", "4");
        assertThat(model.find("1")).get().extracting(ItemView::version).isEqualTo(5L);
        assertThat(model.find("2")).get().extracting(ItemView::status).isEqualTo(ItemStatus.SUSPENDED);
        assertThat(model.isLoaded()).isTrue();
        // a later rebuild that still does not see 4 drops it now (it was applied before that scan started)
        model.replaceAll(List.of(simple("1", "C-1", "one", ItemStatus.ACTIVE, 5)), model.stamp());
        assertThat(model.ids()).containsExactly("1");
    }

    @Test
    void updatesInPlaceAndWithNewCodesMatchABruteForceReference() {
        Random random = new Random(7);
        java.util.Map<String, ItemView> truth = new java.util.HashMap<>();
        java.util.function.IntFunction<ItemView> randomView = i -> view("id" + i,
                String.format("C-%03d", random.nextInt(1000)) + "-" + i, "n" + random.nextInt(9),
                ItemType.values()[random.nextInt(3)], EnforcementDomain.values()[random.nextInt(3)],
                ItemStatus.values()[random.nextInt(4)], random.nextBoolean() ? List.of(A) : List.of(A, B),
                random.nextBoolean() ? List.of(AdminLevel.CITY) : List.of(AdminLevel.CITY, AdminLevel.COUNTY),
                LocalDate.of(2025, 1, 1).plusDays(random.nextInt(4)), null, random.nextBoolean(), 0,
                T0.plusSeconds(random.nextInt(50)));
        for (int i = 0; i < 200; i++) {
            ItemView v = randomView.apply(i);
            truth.put(v.id(), v);
        }
        ItemSearchIndex model = loaded(truth.values().toArray(ItemView[]::new));
        List<Sort> sorts = List.of(Sort.by("definition.itemCode"), Sort.by(Sort.Order.desc("definition.itemCode")),
                Sort.by("status"), Sort.by(Sort.Order.desc("modifiedAt")), Sort.by("definition.name"),
                Sort.by(Sort.Order.desc("definition.itemType"), Sort.Order.asc("validFrom")));
        List<ItemFilter> filters = List.of(ALL, filter(null, null, B, null, null, null, null, null),
                filter(ItemType.PENALTY, null, null, AdminLevel.COUNTY, null, null, null, true),
                filter(null, EnforcementDomain.ECOLOGY, null, null, ItemStatus.ACTIVE, "n1", null, null));
        for (int round = 0; round < 60; round++) {
            int changes = 1 + random.nextInt(5);
            for (int c = 0; c < changes; c++) {
                ItemView old = truth.get("id" + random.nextInt(220));
                ItemView fresh = randomView.apply(old == null ? 200 + random.nextInt(20) : Integer.parseInt(
                        (old.id()).substring(2)));
                long version = old == null ? 0 : old.version() + 1;
                String code = old != null && random.nextInt(4) > 0 ? old.itemCode() : fresh.itemCode();
                ItemView next = view(fresh.id(), code, fresh.name(), fresh.itemType(), fresh.domain(), fresh.status(),
                        fresh.implementingAgencyCodes(), fresh.exerciseLevels(), fresh.validFrom(), null,
                        fresh.reviewRequired(), version, fresh.modifiedAt());
                if (truth.values().stream().anyMatch(v -> v.itemCode().equals(code) && !v.id().equals(next.id()))) {
                    continue; // codes are unique
                }
                truth.put(next.id(), next);
                model.apply(next);
            }
            for (ItemFilter f : filters) {
                for (Sort sort : sorts) {
                    List<String> expected = reference(truth.values(), f, sort);
                    Page<ItemView> page = model.search(f, null, PageRequest.of(0, 500, sort));
                    assertThat(codes(page)).as(round + " " + f + " " + sort).isEqualTo(expected);
                }
            }
        }
    }

    /** The search by brute force over plain views. */
    private static List<String> reference(java.util.Collection<ItemView> views, ItemFilter f, Sort sort) {
        Comparator<ItemView> order = null;
        for (Sort.Order o : sort) {
            Comparator<ItemView> c = switch (o.getProperty()) {
                case "definition.name" -> Comparator.comparing(ItemView::name);
                case "validFrom" -> Comparator.comparing(ItemView::validFrom);
                case "modifiedAt" -> Comparator.comparing(ItemView::modifiedAt);
                case "status" -> Comparator.comparing(v -> v.status().name());
                case "definition.itemType" -> Comparator.comparing(v -> v.itemType().name());
                default -> Comparator.comparing(ItemView::itemCode);
            };
            c = o.isDescending() ? c.reversed() : c;
            order = order == null ? c : order.thenComparing(c);
        }
        order = order.thenComparing(ItemView::itemCode);
        return views.stream()
                .filter(v -> f.itemType() == null || v.itemType() == f.itemType())
                .filter(v -> f.domain() == null || v.domain() == f.domain())
                .filter(v -> f.agencyCode() == null || v.implementingAgencyCodes().contains(f.agencyCode()))
                .filter(v -> f.level() == null || v.exerciseLevels().contains(f.level()))
                .filter(v -> f.status() == null || v.status() == f.status())
                .filter(v -> f.text() == null || v.name().toLowerCase().contains(f.text().toLowerCase())
                        || v.itemCode().toLowerCase().contains(f.text().toLowerCase()))
                .filter(v -> f.reviewRequired() == null || v.reviewRequired() == f.reviewRequired())
                .sorted(order).map(ItemView::itemCode).toList();
    }

    @Test
    void concurrentWritesAndSearchesLoseNothing() throws Exception {
        ItemSearchIndex model = loaded();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch done = new CountDownLatch(4);
        for (int t = 0; t < 4; t++) {
            int thread = t;
            pool.execute(() -> {
                for (int i = 0; i < 500; i++) {
                    model.apply(simple(thread + "-" + i, String.format("C-%d-%04d", thread, i), "n",
                            ItemStatus.ACTIVE, 0));
                    if (i % 50 == 0) {
                        model.search(ALL, null, PageRequest.of(0, 5));
                    }
                }
                done.countDown();
            });
        }
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        pool.shutdown();
        assertThat(model.search(ALL, null, PageRequest.of(0, 5)).getTotalElements()).isEqualTo(2000);
    }

    @Test
    void comparesStringsByCodePointLikeMongoDb() {
        // U+FF21 (fullwidth A) is below U+20000 (a supplementary CJK ideograph) by code point, above it by UTF-16 unit
        assertThat(ItemSearchIndex.compareCodePoints("\uFF21", "\uD840\uDC00")).isNegative();
        assertThat("\uFF21".compareTo("\uD840\uDC00")).isPositive();
        assertThat(ItemSearchIndex.compareCodePoints("ab", "abc")).isNegative();
        assertThat(ItemSearchIndex.compareCodePoints("abc", "abc")).isZero();
    }
}
