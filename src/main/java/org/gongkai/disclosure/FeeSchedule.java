package org.gongkai.disclosure;

/**
 * The information processing fees of 《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）, charged only for requests
 * that clearly exceed a reasonable amount. For one request the agency charges either per item or
 * per page, never both (see {@link Basis}). All amounts are whole yuan (元).
 *
 * <ul>
 *   <li>Per item (按件计收), counted over one natural month for the same applicant: the first 10 items
 *       are free, items 11–30 cost 100 元 each, items 31–40 cost 200 元 each, and every further band
 *       of 10 items costs 100 元 more per item than the band before (41–50 at 300 元, 51–60 at 400 元,
 *       …).
 *   <li>Per page (按量计收), for one request: the first 30 pages are free, pages 31–100 cost 10 元 each,
 *       pages 101–200 cost 20 元 each, and every page from 201 on costs 40 元.
 * </ul>
 */
public final class FeeSchedule {

  /** The most pages or items a fee notice can charge for; more is a typing slip. */
  public static final int MAX_QUANTITY = 1_000_000;

  private static final int FREE_ITEMS_PER_MONTH = 10;
  private static final int FIRST_PAID_ITEM_BAND_END = 30;
  private static final int ITEM_BAND_SIZE = 10;
  private static final long YUAN_PER_STEP = 100;

  private static final int FREE_PAGES = 30;
  private static final int TEN_YUAN_PAGES_END = 100;
  private static final int TWENTY_YUAN_PAGES_END = 200;

  private FeeSchedule() {}

  /** How a fee is charged for one request: per item or per page, never both. */
  public enum Basis {
    /** 按件计收: by the number of items the applicant requested in the natural month. */
    PER_ITEM("按件计收"),
    /** 按量计收: by the number of pages provided for the request. */
    PER_PAGE("按量计收");

    private final String label;

    Basis(String label) {
      this.label = label;
    }

    /** The statutory name of the basis, as shown on fee notices. */
    public String label() {
      return label;
    }
  }

  /**
   * The fee in yuan for {@code items} more items requested by an applicant who has already
   * requested {@code itemsEarlierThisMonth} items in the same natural month. Splitting a month's
   * items across several requests therefore costs the same as asking for all of them at once.
   *
   * @throws IllegalArgumentException if either count is negative
   * @throws ArithmeticException if the fee does not fit in a {@code long}
   */
  public static long perItem(int itemsEarlierThisMonth, int items) {
    requireNotNegative(itemsEarlierThisMonth, "itemsEarlierThisMonth");
    requireNotNegative(items, "items");
    long steps =
        stepsForTheMonthsFirst((long) itemsEarlierThisMonth + items)
            - stepsForTheMonthsFirst(itemsEarlierThisMonth);
    return Math.multiplyExact(YUAN_PER_STEP, steps);
  }

  /**
   * The fee in yuan for a request whose information fills {@code pages} pages.
   *
   * @throws IllegalArgumentException if {@code pages} is negative
   */
  public static long perPage(int pages) {
    requireNotNegative(pages, "pages");
    return 10L * pagesBetween(pages, FREE_PAGES, TEN_YUAN_PAGES_END)
        + 20L * pagesBetween(pages, TEN_YUAN_PAGES_END, TWENTY_YUAN_PAGES_END)
        + 40L * pagesBetween(pages, TWENTY_YUAN_PAGES_END, Integer.MAX_VALUE);
  }

  private static long stepsForTheMonthsFirst(long items) {
    if (items <= FREE_ITEMS_PER_MONTH) {
      return 0;
    }
    if (items <= FIRST_PAID_ITEM_BAND_END) {
      return items - FREE_ITEMS_PER_MONTH;
    }
    long beyond = items - FIRST_PAID_ITEM_BAND_END;
    long fullBands = beyond / ITEM_BAND_SIZE;
    long rest = beyond % ITEM_BAND_SIZE;
    long sumOfBandIndexes = ITEM_BAND_SIZE * (fullBands * (fullBands - 1) / 2) + rest * fullBands;
    return (FIRST_PAID_ITEM_BAND_END - FREE_ITEMS_PER_MONTH) + 2 * beyond + sumOfBandIndexes;
  }

  private static long pagesBetween(int pages, int after, int upToAndIncluding) {
    return Math.max(0, Math.min(pages, upToAndIncluding) - after);
  }

  private static void requireNotNegative(int count, String name) {
    if (count < 0) {
      throw new IllegalArgumentException(name + " must not be negative: " + count);
    }
  }
}
